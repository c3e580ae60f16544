using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Conferences.Workflow;
using HdndWorkflow.Functions.Management.Api;
using HdndWorkflow.Functions.Tests.Replay;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Conferences;

/// <summary>
/// A conference from planning to a closed roll, through HTTP only: the organizer API with an API key, the invitees'
/// personal links from the e-mails in the development mailbox, and a clock moved forward for reminders and deadlines.
/// </summary>
[Collection(WorkflowAppCollection.Name)]
[Trait(WorkflowSuite.Trait, WorkflowSuite.Name)]
public sealed class ConferenceJourneyTests(WorkflowAppFixture app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Invitations_answers_deputy_reminder_reschedule_deadline_and_cancellation()
    {
        var people = Invitees("journey", 4);
        var conference = await CreateAsync(people);

        // Start: 202 with Durable-style management links; the status link answers.
        var start = await app.Organizer.PostAsync($"/api/conferences/{conference.Id}/start", null);
        start.StatusCode.Should().Be(HttpStatusCode.Accepted);
        var links = (await start.Content.ReadFromJsonAsync<ManagementLinks>(Json))!;
        links.Id.Should().Be(conference.Id.ToString());
        links.StatusQueryGetUri.AbsolutePath.Should().Be($"{ManagementApi.Root}/{conference.Id}");
        start.Headers.Location.Should().Be(links.StatusQueryGetUri);
        var running = await app.Organizer.GetAsync(links.StatusQueryGetUri.PathAndQuery);
        running.StatusCode.Should().Be(HttpStatusCode.Accepted, "Durable Functions answers 202 while the instance runs");
        running.Headers.Location!.ToString().Should().Be(links.StatusQueryGetUri.PathAndQuery);

        // Everyone gets a Vietnamese invitation with a calendar REQUEST and a personal link.
        var invitations = await Task.WhenAll(people.Select(p => app.Mail.WaitForAsync(p.Email!, "invitation")));
        invitations[0].Subject.Should().StartWith("Giấy mời");
        Calendar(invitations[0]).Should().Contain("METHOD:REQUEST").And.Contain("RSVP=TRUE").And.Contain("SEQUENCE:0");
        var tokens = invitations.Select(Mailbox.TokenIn).ToArray();

        // Opening a link changes nothing.
        (await app.Anonymous.GetAsync($"/api/invitations/{tokens[0]}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await RollAsync(conference.Id)).Counts.NotAnswered.Should().Be(4);

        // Accept, decline then change to accept, send a deputy; the fourth stays silent.
        (await AnswerAsync(tokens[0], new AnswerInput(AnswerInput.Accept))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await AnswerAsync(tokens[1], new AnswerInput(AnswerInput.Decline, "Trùng lịch công tác"))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await AnswerAsync(tokens[1], new AnswerInput(AnswerInput.Accept))).StatusCode.Should().Be(HttpStatusCode.OK);
        var deputy = new DeputyInput("Trần Thị Dự Thay", "Phó Chánh Văn phòng HĐND xã", "du-thay@journey.example.vn");
        (await AnswerAsync(tokens[2], new AnswerInput(AnswerInput.SendDeputy, Deputy: deputy))).StatusCode.Should().Be(HttpStatusCode.OK);

        var roll = await RollAsync(conference.Id);
        roll.Entries.Select(e => e.Response).Should().Equal("Accepted", "Accepted", "DeputySent", "NoAnswer");
        roll.Entries[2].Deputy.Should().Be("Trần Thị Dự Thay – Phó Chánh Văn phòng HĐND xã");

        // The deputy gets an invitation of his or her own, with a link that shows the conference.
        var deputyInvitation = await app.Mail.WaitForAsync(deputy.Email!, "invitation");
        deputyInvitation.Text.Should().Contain(people[2].Name!);
        var deputyView = await app.Anonymous.GetFromJsonAsync<InvitationResponseBody>($"/api/invitations/{Mailbox.TokenIn(deputyInvitation)}", Json);
        deputyView!.Holder.Should().Be("Deputy");

        // Three days before the deadline only the silent invitee is reminded.
        app.Clock.Advance(TimeSpan.FromDays(5));
        var reminder = await app.Mail.WaitForAsync(people[3].Email!, "reminder-72h");
        reminder.Subject.Should().StartWith("Nhắc xác nhận tham dự");
        foreach (var answered in people.Take(3))
        {
            (await app.Mail.ToAsync(answered.Email!)).Should().NotContain(m => m.CustomArgs["purpose"].StartsWith("reminder", StringComparison.Ordinal));
        }

        // Rescheduled: everyone, the deputy too, gets an update with a higher SEQUENCE; answers stand.
        var today = Today();
        var reschedule = await app.Organizer.PostAsJsonAsync($"/api/conferences/{conference.Id}/reschedule", new RescheduleInput(
            Iso(today.PlusDays(7)), "14:00", "16:30", $"{Iso(today.PlusDays(4))}T17:00"));
        reschedule.StatusCode.Should().Be(HttpStatusCode.OK, await reschedule.Content.ReadAsStringAsync());
        var update = await app.Mail.WaitForAsync(people[0].Email!, "update", revision: 1);
        Calendar(update).Should().Contain("SEQUENCE:1");
        update.Text.Should().Contain("Thời gian cũ", "the update says what changed").And.Contain("14 giờ 00");
        await app.Mail.WaitForAsync(deputy.Email!, "update", revision: 1);
        (await RollAsync(conference.Id)).Entries[0].Response.Should().Be("Accepted");

        // The deadline passes: registration closes, the roll is frozen, a late answer is refused with the reason.
        app.Clock.Advance(TimeSpan.FromDays(5));
        await Eventually.GetAsync(async () => (await RollAsync(conference.Id)).Status == "RegistrationClosed" ? "closed" : null, TimeSpan.FromSeconds(60), "Closing registration at the deadline");
        var late = await AnswerAsync(tokens[3], new AnswerInput(AnswerInput.Accept));
        late.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await late.Content.ReadAsStringAsync()).Should().Contain("Đã hết hạn đăng ký tham dự");
        (await RollAsync(conference.Id)).Counts.NotAnswered.Should().Be(1);

        // Cancelled: everyone who was written to gets a CANCEL, and the workflow ends.
        (await app.Organizer.PostAsync($"/api/conferences/{conference.Id}/cancel", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var cancellation = await app.Mail.WaitForAsync(people[3].Email!, "cancellation", revision: 1);
        Calendar(cancellation).Should().Contain("METHOD:CANCEL").And.Contain("SEQUENCE:2");
        await app.Mail.WaitForAsync(deputy.Email!, "cancellation", revision: 1);
        (await OutputAsync(links.StatusQueryGetUri.PathAndQuery)).Should().Be("Cancelled");

        // Each purpose went out once per revision, however often the workflow looked at it.
        var all = await app.Mail.ToAsync(people[0].Email!);
        all.Select(m => m.IdempotencyKey).Should().OnlyHaveUniqueItems();

        // Its stored history replays through the framework's executor; HDND_RECORD_HISTORIES=1 keeps it as a fixture.
        await RecordedHistory.CheckAsync(app.Factory.Services, conference.Id.ToString(), () => new ConferenceOrchestrator(), RecordedHistory.Conference);
    }

    [Fact]
    public async Task Closing_early_then_marking_held_hands_the_workflow_over_as_held()
    {
        var people = Invitees("held", 2);
        var conference = await CreateAsync(people);
        (await app.Organizer.PostAsync($"/api/conferences/{conference.Id}/start", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await app.Mail.WaitForAsync(people[0].Email!, "invitation");

        (await app.Organizer.PostAsync($"/api/conferences/{conference.Id}/close-registration", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var tooEarly = await app.Organizer.PostAsync($"/api/conferences/{conference.Id}/held", null);
        tooEarly.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tooEarly.Content.ReadAsStringAsync()).Should().Contain("Hội nghị chưa đến giờ bắt đầu.");

        app.Clock.Advance(TimeSpan.FromDays(30));
        (await HandedOverAsync($"{ManagementApi.Root}/{conference.Id}")).Should().Be("Held");
        (await RollAsync(conference.Id)).Status.Should().Be("Held");
    }

    [Fact]
    public async Task The_management_links_suspend_resume_terminate_and_purge_the_workflow_and_show_its_history()
    {
        var people = Invitees("manage", 1);
        var conference = await CreateAsync(people);
        var start = await app.Organizer.PostAsync($"/api/conferences/{conference.Id}/start", null);
        var links = (await start.Content.ReadFromJsonAsync<ManagementLinks>(Json))!;
        await app.Mail.WaitForAsync(people[0].Email!, "invitation");
        var status = links.StatusQueryGetUri.PathAndQuery;

        (await app.Organizer.PostAsync(Path(links.SuspendPostUri, "kiểm tra"), null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await StatusAsync(status, "Suspended");
        (await app.Organizer.PostAsync(Path(links.ResumePostUri, "tiếp tục"), null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await StatusAsync(status, "Running");

        var history = await app.Organizer.GetFromJsonAsync<JsonElement>($"{status}?showHistory=true");
        history.GetProperty("historyEvents").EnumerateArray().Select(e => e.GetProperty("EventType").GetString()).Should()
            .Contain("ExecutionStarted").And.Contain("ExecutionSuspended").And.Contain("TaskCompleted").And.NotContain("OrchestratorStarted");

        var refused = await app.Organizer.DeleteAsync(links.PurgeHistoryDeleteUri.PathAndQuery);
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict, "a running workflow cannot be purged");
        (await refused.Content.ReadAsStringAsync()).Should().Contain("đang chạy");
        (await app.Organizer.PostAsync(Path(links.TerminatePostUri, "thử nghiệm"), null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await StatusAsync(status, "Terminated");
        (await app.Organizer.DeleteAsync(links.PurgeHistoryDeleteUri.PathAndQuery)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.Organizer.GetAsync(status)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invalid_input_gets_problem_details_and_stores_nothing()
    {
        var input = Conference(Invitees("invalid", 2)) with { Date = "2026-13-40", Invitees = [new InviteeInput("A", "B", "C", "not-an-email")] };

        var response = await app.Organizer.PostAsJsonAsync("/api/conferences", input);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("schedule.date");
        (await app.Organizer.GetFromJsonAsync<List<ConferenceResponse>>("/api/conferences", Json))!.Should().NotContain(c => c.Ordinal == 99);
    }

    [Fact]
    public async Task The_api_refuses_callers_without_a_key_and_tampered_links()
    {
        (await app.Anonymous.GetAsync("/api/conferences")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var tampered = await app.Anonymous.GetAsync($"/api/invitations/{new string('A', 88)}");
        tampered.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tampered.Content.ReadAsStringAsync()).Should().Contain("không hợp lệ");
    }

    private async Task<ConferenceResponse> CreateAsync(IReadOnlyList<InviteeInput> people)
    {
        var response = await app.Organizer.PostAsJsonAsync("/api/conferences", Conference(people));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ConferenceResponse>(Json))!;
    }

    private ConferenceInput Conference(IReadOnlyList<InviteeInput> people)
    {
        var today = Today();
        return new ConferenceInput
        {
            CouncilId = "tinh-mau",
            Kind = "Briefing",
            Ordinal = 3,
            Date = Iso(today.PlusDays(10)),
            Start = "08:00",
            End = "11:30",
            Venue = new VenueInput("Hội trường HĐND tỉnh", "Số 1 Hùng Vương"),
            CoChairs =
            [
                new CoChairInput("Nguyễn Văn Chủ Trì", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"]),
                new CoChairInput("Lê Thị Đồng Chủ Trì", [], ["Phó Chủ tịch HĐND tỉnh"]),
            ],
            Invitees = people,
            RegistrationDeadline = $"{Iso(today.PlusDays(7))}T17:00",
        };
    }

    private static List<InviteeInput> Invitees(string prefix, int count) =>
    [
        .. Enumerable.Range(1, count).Select(i => new InviteeInput(
            $"Đại biểu {i}", "Chủ tịch HĐND xã", $"Xã số {i}", $"{prefix}-{i}-{Guid.NewGuid():N}@example.vn")),
    ];

    // The output of the workflow once it has completed, read through its status link.
    private Task<string> OutputAsync(string statusPath) => Eventually.GetAsync(
        async () => await app.Organizer.GetFromJsonAsync<JsonElement>(statusPath) is var status && status.GetProperty("runtimeStatus").GetString() == "Completed"
            ? status.GetProperty("output").GetString()
            : null,
        TimeSpan.FromSeconds(60),
        "The workflow's end");

    // Once held, the workflow hands over to the conclusion's (it goes on until the conclusion is published): the
    // status it shows then, read through its status link.
    private Task<string> HandedOverAsync(string statusPath) => Eventually.GetAsync(
        async () => await app.Organizer.GetFromJsonAsync<JsonElement>(statusPath) is var status
            && status.GetProperty("customStatus") is { ValueKind: JsonValueKind.Object } progress
            && progress.GetProperty("next").GetString() == ConferenceOrchestrator.Conclusion
            ? progress.GetProperty("status").GetString()
            : null,
        TimeSpan.FromSeconds(60),
        "The hand-over to the conclusion's workflow");

    private static string Path(Uri link, string reason) => link.PathAndQuery.Replace("%7Btext%7D", Uri.EscapeDataString(reason), StringComparison.Ordinal);

    private Task<string> StatusAsync(string statusPath, string runtimeStatus) => Eventually.GetAsync(
        async () => await app.Organizer.GetFromJsonAsync<JsonElement>(statusPath) is var status && status.GetProperty("runtimeStatus").GetString() == runtimeStatus
            ? runtimeStatus
            : null,
        TimeSpan.FromSeconds(60),
        $"The workflow {runtimeStatus}");

    private Task<HttpResponseMessage> AnswerAsync(string token, AnswerInput answer) =>
        app.Anonymous.PostAsJsonAsync($"/api/invitations/{token}/answer", answer);

    private async Task<RollResponse> RollAsync(Guid id) =>
        (await app.Organizer.GetFromJsonAsync<RollResponse>($"/api/conferences/{id}/roll", Json))!;

    private LocalDate Today() => VietnamTime.ToLocal(Instant.FromDateTimeOffset(app.Clock.GetUtcNow())).Date;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // The calendar part, its folded lines unfolded (RFC 5545 §3.1).
    private static string Calendar(DevMailMessage message) =>
        Encoding.UTF8.GetString(message.Attachments.Single(a => a.FileName.EndsWith(".ics", StringComparison.Ordinal)).Content)
            .Replace("\r\n ", string.Empty, StringComparison.Ordinal);
}
