using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conclusions.Workflow;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Conferences.Workflow;
using HdndWorkflow.Functions.Tests.Conclusions;
using HdndWorkflow.Functions.Tests.Conferences;
using HdndWorkflow.Functions.Tests.Pages;
using HdndWorkflow.Testing;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Resilience;

/// <summary>
/// A conference's writes whose answer storage lost after carrying them out, so that the storage client sent them
/// again: an insert then meets its own row (409), an update If-Match its own new ETag (412), a transaction either, a
/// delete finds nothing (404). Each is still reported as done, stored once, and heard of by the workflow; and an answer
/// whose announcement to the workflow failed is announced when it is sent again. Faults scripted on the requests each
/// test is about; the workflow's timers wait as in production, so it acts only on what it is told.
/// </summary>
[Collection(ConferenceFaultsCollection.Name)]
public sealed class ConferenceLostAnswerTests(ConferenceFaultsFixture app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_conference_whose_insert_answer_was_lost_is_created_once()
    {
        var people = PlannedConferences.Invitees("mat-tao", 2);
        app.Script.Arm(new StorageFaultRule(r => StorageRequests.IsInsert(r, "Conferences"), StorageFaultKind.AnswerLost));

        var conference = await CreateAsync(people);

        app.Script.AllStruck.Should().BeTrue();
        (await RollAsync(conference)).Entries.Select(e => e.Email).Should().BeEquivalentTo(people.Select(p => p.Email));
    }

    [Fact]
    public async Task Invitations_whose_transaction_answer_was_lost_are_stored_once()
    {
        var people = PlannedConferences.Invitees("mat-moi", 3);
        app.Script.Arm(new StorageFaultRule(r => StorageRequests.IsTransaction(r, "Conferences", people[0].Email), StorageFaultKind.AnswerLost));

        var conference = await CreateAsync(people);

        app.Script.AllStruck.Should().BeTrue();
        (await RollAsync(conference)).Entries.Select(e => e.Email).Should().BeEquivalentTo(people.Select(p => p.Email));
    }

    [Fact]
    public async Task A_start_whose_status_update_answer_was_lost_starts_the_workflow()
    {
        var people = PlannedConferences.Invitees("mat-bat-dau", 1);
        var conference = await CreateAsync(people);
        app.Script.Arm(UpdateOf(conference));

        using var start = await app.Organizer.PostAsync($"/api/conferences/{conference}/start", null);

        start.StatusCode.Should().Be(HttpStatusCode.Accepted, await start.Content.ReadAsStringAsync());
        app.Script.AllStruck.Should().BeTrue();
        await app.Mail.WaitForAsync(people[0].Email!, "invitation");
    }

    [Fact]
    public async Task Closing_registration_whose_answer_was_lost_is_done_and_reaches_the_workflow()
    {
        var conference = await StartedAsync(PlannedConferences.Invitees("mat-dong", 1));
        app.Script.Arm(UpdateOf(conference));

        using var close = await app.Organizer.PostAsync($"/api/conferences/{conference}/close-registration", null);

        close.StatusCode.Should().Be(HttpStatusCode.OK, await close.Content.ReadAsStringAsync());
        app.Script.AllStruck.Should().BeTrue();
        await WorkflowSeesAsync(conference.ToString(), "RegistrationClosed");
    }

    [Fact]
    public async Task Removing_an_invitee_whose_delete_answer_was_lost_is_done()
    {
        var people = PlannedConferences.Invitees("mat-xoa", 2);
        var conference = await CreateAsync(people);
        var removed = (await RollAsync(conference)).Entries[0].InviteeId;
        app.Script.Arm(new StorageFaultRule(
            r => r.Method == RequestMethod.Delete && r.Uri.ToUri().AbsoluteUri.Contains(removed.ToString(), StringComparison.Ordinal), StorageFaultKind.AnswerLost));

        using var delete = await app.Organizer.DeleteAsync($"/api/conferences/{conference}/invitees/{removed}");

        delete.StatusCode.Should().Be(HttpStatusCode.NoContent, await delete.Content.ReadAsStringAsync());
        app.Script.AllStruck.Should().BeTrue();
        (await RollAsync(conference)).Entries.Select(e => e.Email).Should().Equal(people[1].Email);
    }

    [Fact]
    public async Task A_deputy_named_again_after_the_announcement_failed_is_invited()
    {
        var people = PlannedConferences.Invitees("mat-du-thay", 1);
        await StartedAsync(people);
        var token = Mailbox.TokenIn(await app.Mail.WaitForAsync(people[0].Email!, "invitation"));
        var answer = new AnswerInput(AnswerInput.SendDeputy, Deputy: new DeputyInput("Trần Thị Dự Thay", "Phó Chủ tịch HĐND xã", $"du-thay-{Guid.NewGuid():N}@example.vn"));

        // The answer is stored, then its announcement to the workflow fails.
        app.Script.Arm(AnnouncementOf(ConferenceChange.EventName, ConferenceChange.DeputySent));
        using (var failed = await app.Anonymous.PostAsJsonAsync($"/api/invitations/{token}/answer", answer))
        {
            app.Script.AllStruck.Should().BeTrue();
            ((int)failed.StatusCode).Should().BeGreaterThanOrEqualTo(500, "storage could not take the announcement");
        }

        using var again = await app.Anonymous.PostAsJsonAsync($"/api/invitations/{token}/answer", answer);

        again.StatusCode.Should().Be(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        await app.Mail.WaitForAsync(answer.Deputy!.Email!, "invitation");
    }

    [Fact]
    public async Task A_reschedule_sent_again_after_its_announcement_failed_is_made_once_and_announced()
    {
        var people = PlannedConferences.Invitees("mat-doi-lich", 1);
        var conference = await StartedAsync(people);
        var today = Today();
        var reschedule = new RescheduleInput(Iso(today.PlusDays(12)), "14:00", "16:00", $"{Iso(today.PlusDays(9))}T17:00");
        app.Script.Arm(AnnouncementOf(ConferenceChange.EventName, ConferenceChange.Rescheduled));
        using (var failed = await app.Organizer.PostAsJsonAsync($"/api/conferences/{conference}/reschedule", reschedule))
        {
            app.Script.AllStruck.Should().BeTrue();
            ((int)failed.StatusCode).Should().BeGreaterThanOrEqualTo(500, "storage could not take the announcement");
        }

        using var again = await app.Organizer.PostAsJsonAsync($"/api/conferences/{conference}/reschedule", reschedule);

        again.StatusCode.Should().Be(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        await app.Mail.WaitForAsync(people[0].Email!, "update", revision: 1);
        (await app.Organizer.GetFromJsonAsync<ConferenceResponse>($"/api/conferences/{conference}", Json))!.Revision.Should().Be(1, "the same reschedule sent twice is one");
    }

    [Fact]
    public async Task Closing_registration_sent_again_after_its_announcement_failed_reaches_the_workflow()
    {
        var conference = await StartedAsync(PlannedConferences.Invitees("mat-bao-dong", 1));
        app.Script.Arm(AnnouncementOf(ConferenceChange.EventName, ConferenceChange.RegistrationClosed));
        using (var failed = await app.Organizer.PostAsync($"/api/conferences/{conference}/close-registration", null))
        {
            app.Script.AllStruck.Should().BeTrue();
            ((int)failed.StatusCode).Should().BeGreaterThanOrEqualTo(500, "storage could not take the announcement");
        }

        using var again = await app.Organizer.PostAsync($"/api/conferences/{conference}/close-registration", null);

        again.StatusCode.Should().Be(HttpStatusCode.BadRequest, "registration is closed already");
        await WorkflowSeesAsync(conference.ToString(), "RegistrationClosed");
    }

    [Fact]
    public async Task A_submission_sent_again_after_its_announcement_failed_reaches_the_approver()
    {
        var conference = await StartedAsync(PlannedConferences.Invitees("mat-trinh", 1));
        app.Clock.Advance(TimeSpan.FromDays(11));
        (await app.Organizer.PostAsync($"/api/conferences/{conference}/held", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var api = $"/api/conferences/{conference}/conclusion";
        (await app.Organizer.PutAsJsonAsync($"{api}/outcome", ConclusionScenario.Outcome())).StatusCode.Should().Be(HttpStatusCode.OK);
        await Eventually.GetAsync(
            async () => await app.Organizer.GetFromJsonAsync<ConclusionResponse>(api, Json) is { Revision: 1 } drafted ? drafted : null,
            TimeSpan.FromSeconds(60),
            "The workflow's first draft");
        app.Script.Arm(AnnouncementOf(ConclusionChange.EventName, ConclusionChange.Submitted));
        using (var failed = await app.Organizer.PostAsJsonAsync($"{api}/submit", new SubmitInput()))
        {
            app.Script.AllStruck.Should().BeTrue();
            ((int)failed.StatusCode).Should().BeGreaterThanOrEqualTo(500, "storage could not take the announcement");
        }

        using var again = await app.Organizer.PostAsJsonAsync($"{api}/submit", new SubmitInput());

        again.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the draft is in review already");
        await app.Mail.WaitForAsync(ConclusionAppFixture.ApproverEmail, "review-request", revision: 1);
    }

    // Every try of the queue message that tells a workflow of the change fails (the queue client tries six times).
    private static StorageFaultRule AnnouncementOf(string eventName, string change) => new(
        r => StorageRequests.IsQueueSend(r, "hdndworkflow-control", eventName) && StorageRequests.IsQueueSend(r, "hdndworkflow-control", change),
        StorageFaultKind.NotSent,
        Times: 6);

    private async Task<Guid> StartedAsync(IReadOnlyList<InviteeInput> people)
    {
        var conference = await CreateAsync(people);
        (await app.Organizer.PostAsync($"/api/conferences/{conference}/start", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await app.Mail.WaitForAsync(people[0].Email!, "invitation");
        return conference;
    }

    private Task WorkflowSeesAsync(string instance, string status) => Eventually.GetAsync(
        async () => await app.Organizer.GetFromJsonAsync<JsonElement>($"/api/instances/{instance}") is var state
            && state.GetProperty("customStatus") is { ValueKind: JsonValueKind.Object } progress
            && progress.GetProperty("status").GetString() == status ? status : null,
        TimeSpan.FromSeconds(60),
        $"The workflow reloading the conference, {status}");

    private LocalDate Today() => VietnamTime.ToLocal(Instant.FromDateTimeOffset(app.Clock.GetUtcNow())).Date;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private StorageFaultRule UpdateOf(Guid conference) => new(
        r => StorageRequests.IsConditionalUpdate(r, "Conferences") && r.Uri.ToUri().AbsoluteUri.Contains(conference.ToString(), StringComparison.Ordinal),
        StorageFaultKind.AnswerLost);

    private async Task<Guid> CreateAsync(IReadOnlyList<InviteeInput> people)
    {
        using var created = await app.Organizer.PostAsJsonAsync("/api/conferences", PlannedConferences.Input(Today(), people));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<ConferenceResponse>(Json))!.Id;
    }

    private async Task<RollResponse> RollAsync(Guid conference) =>
        (await app.Organizer.GetFromJsonAsync<RollResponse>($"/api/conferences/{conference}/roll", Json))!;
}
