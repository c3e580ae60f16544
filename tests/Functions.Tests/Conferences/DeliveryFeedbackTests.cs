using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Testing;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Conferences;

/// <summary>
/// The app with a clock of its own for the delivery feedback's journey (it moves the clock by days), and without replies
/// by e-mail: delivery feedback needs none, and the letters must then not offer them.
/// </summary>
public sealed class DeliveryAppFixture : ClockedAppFixture
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Inbound:Domain"] = string.Empty;
    }
}

[CollectionDefinition(Name)]
public sealed class DeliveryAppCollection : ICollectionFixture<DeliveryAppFixture>
{
    public const string Name = "App with a test clock for delivery feedback";
}

/// <summary>
/// An invitation that bounced, through HTTP and Azurite: SendGrid's signed event arrives at the webhook, the roll shows
/// it, the reminder passes the bounced address by, and the organizer's corrected address gets the invitation once.
/// </summary>
[Collection(DeliveryAppCollection.Name)]
public sealed class DeliveryFeedbackTests(DeliveryAppFixture app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_bounce_shows_on_the_roll_skips_the_reminder_and_the_corrected_address_gets_the_invitation_once()
    {
        var people = Enumerable.Range(1, 3).Select(i => new InviteeInput(
            $"Đại biểu {i}", "Chủ tịch HĐND xã", $"Xã số {i}", $"delivery-{i}-{Guid.NewGuid():N}@example.vn")).ToList();
        var conference = await CreateAsync(people);
        (await app.Organizer.PostAsync($"/api/conferences/{conference.Id}/start", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var invitations = await Task.WhenAll(people.Select(p => app.Mail.WaitForAsync(p.Email!, "invitation")));
        var bounced = (await RollAsync(conference.Id)).Entries[0];
        invitations.Should().AllSatisfy(i => i.Text.Should().NotContain("phản hồi thư này", "no one reads replies without Inbound:Domain"));
        invitations[0].CustomArgs.Should().Contain("conference_id", conference.Id.ToString()).And.Contain("invitation_id", bounced.InviteeId.ToString());

        // SendGrid reports the first invitation bounced; the organizer sees it on the roll, in Vietnamese.
        var now = app.Clock.GetUtcNow();
        using (var bounce = app.Events.Request(SignedEvents.Bounce("delivery-ev-1", bounced.InviteeId.ToString(), conference.Id.ToString(), now), now))
        {
            var answer = await app.Anonymous.SendAsync(bounce);
            answer.StatusCode.Should().Be(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        }

        var roll = await RollAsync(conference.Id);
        roll.Entries[0].Delivery.Should().Be("Bounced");
        roll.Entries[0].Invitation.Should().Be("Không gửi được: địa chỉ không nhận thư");
        roll.Entries[0].DeliveryReason.Should().Contain("does not exist");
        roll.Entries.Skip(1).Should().OnlyContain(e => e.Delivery == null && e.Invitation == "Đã gửi");
        roll.Counts.Should().BeEquivalentTo(new { Invited = 2, Undelivered = 1, NotAnswered = 2 }, "a bounced invitation is not counted as invited");

        // Three days before the deadline the silent invitees are reminded, the bounced address not.
        app.Clock.Advance(TimeSpan.FromDays(5));
        (await app.Mail.WaitForAsync(people[1].Email!, "reminder-72h")).Text.Should().NotContain("phản hồi thư này");
        await app.Mail.WaitForAsync(people[2].Email!, "reminder-72h");

        // Wrong corrections are refused with a clear message, and nothing is sent.
        var invalid = await CorrectAsync(conference.Id, bounced.InviteeId, "không phải email");
        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadAsStringAsync()).Should().Contain("không hợp lệ");
        (await CorrectAsync(conference.Id, bounced.InviteeId, people[1].Email!)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await CorrectAsync(conference.Id, Guid.NewGuid(), "ai-do@example.vn")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // The organizer corrects the address: the invitation goes to the new one, once.
        var corrected = $"delivery-fixed-{Guid.NewGuid():N}@example.vn";
        var correction = await CorrectAsync(conference.Id, bounced.InviteeId, corrected);
        correction.StatusCode.Should().Be(HttpStatusCode.Accepted, await correction.Content.ReadAsStringAsync());
        var resent = await app.Mail.WaitForAsync(corrected, "invitation-a1");
        resent.Subject.Should().StartWith("Giấy mời");
        resent.CustomArgs.Should().Contain("address_revision", "1");
        (await CorrectAsync(conference.Id, bounced.InviteeId, corrected)).StatusCode.Should().Be(HttpStatusCode.BadRequest, "the same address again sends nothing");

        var after = await RollAsync(conference.Id);
        after.Entries[0].Email.Should().Be(corrected);
        after.Entries[0].Delivery.Should().BeNull();
        after.Counts.Should().BeEquivalentTo(new { Invited = 3, Undelivered = 0, NotAnswered = 3 });
        await Eventually.GetAsync(
            async () => (await RollAsync(conference.Id)).Entries[0].Invited ? "sent" : null, TimeSpan.FromSeconds(30), "The resent invitation marked sent");

        // A late bounce of the old address does not mark the corrected one.
        now = app.Clock.GetUtcNow();
        using (var late = app.Events.Request(SignedEvents.Bounce("delivery-ev-late", bounced.InviteeId.ToString(), conference.Id.ToString(), now), now))
        {
            (await app.Anonymous.SendAsync(late)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await RollAsync(conference.Id)).Entries[0].Delivery.Should().BeNull();
        (await app.Mail.ToAsync(corrected)).Should().ContainSingle("the corrected address gets the invitation exactly once");
        var old = await app.Mail.ToAsync(people[0].Email!);
        old.Should().ContainSingle("the bounced address got its invitation and no reminder")
            .Which.CustomArgs["purpose"].Should().Be("invitation");
    }

    [Fact]
    public async Task A_deputy_bounce_shows_on_the_roll_and_the_corrected_deputy_address_gets_the_deputy_invitation_once()
    {
        var people = Enumerable.Range(1, 2).Select(i => new InviteeInput(
            $"Đại biểu {i}", "Chủ tịch HĐND xã", $"Xã số {i}", $"deputy-case-{i}-{Guid.NewGuid():N}@example.vn")).ToList();
        var conference = await CreateAsync(people);
        (await app.Organizer.PostAsync($"/api/conferences/{conference.Id}/start", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var invitation = await app.Mail.WaitForAsync(people[0].Email!, "invitation");
        var wrong = $"nguoi-du-thay-sai-{Guid.NewGuid():N}@example.vn";
        var answer = await app.Anonymous.PostAsJsonAsync($"/api/invitations/{Mailbox.TokenIn(invitation)}/answer",
            new AnswerInput(AnswerInput.SendDeputy, Deputy: new DeputyInput("Nguyễn Thị Dự Thay", "Phó Chủ tịch HĐND xã", wrong)));
        answer.StatusCode.Should().Be(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        var deputyLetter = await app.Mail.WaitForAsync(wrong, "invitation");
        var inviteeId = (await RollAsync(conference.Id)).Entries[0].InviteeId;
        deputyLetter.CustomArgs["invitation_id"].Should().StartWith($"{inviteeId}-deputy-");

        // Nothing to correct for an invitee who sent no deputy.
        var none = await CorrectDeputyAsync(conference.Id, (await RollAsync(conference.Id)).Entries[1].InviteeId, "ai-do@example.vn");
        none.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await none.Content.ReadAsStringAsync()).Should().Contain("không cử người dự thay có địa chỉ email");

        // SendGrid reports the deputy's invitation bounced: the roll shows it on the invitee's line, the counts stay.
        var now = app.Clock.GetUtcNow();
        using (var bounce = app.Events.Request(SignedEvents.Bounce($"deputy-ev-{Guid.NewGuid():N}", deputyLetter.CustomArgs["invitation_id"], conference.Id.ToString(), now), now))
        {
            (await app.Anonymous.SendAsync(bounce)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var roll = await RollAsync(conference.Id);
        roll.Entries[0].Should().BeEquivalentTo(new
        {
            Response = "DeputySent",
            Delivery = (string?)null,
            Invitation = "Đã gửi",
            DeputyEmail = wrong,
            DeputyDelivery = "Bounced",
            DeputyInvitation = "Không gửi được: địa chỉ không nhận thư",
        });
        roll.Entries[1].DeputyDelivery.Should().BeNull();
        roll.Counts.Should().BeEquivalentTo(new { Invited = 2, DeputiesSent = 1, NotAnswered = 1, Undelivered = 0 });

        // The organizer corrects the deputy's address: the deputy's invitation goes to the new one, once.
        (await CorrectDeputyAsync(conference.Id, inviteeId, wrong)).StatusCode.Should().Be(HttpStatusCode.BadRequest, "the same address again sends nothing");
        var corrected = $"nguoi-du-thay-dung-{Guid.NewGuid():N}@example.vn";
        var correction = await CorrectDeputyAsync(conference.Id, inviteeId, corrected);
        correction.StatusCode.Should().Be(HttpStatusCode.Accepted, await correction.Content.ReadAsStringAsync());
        (await correction.Content.ReadFromJsonAsync<CorrectedAddress>(Json)).Should().Be(new CorrectedAddress(inviteeId, "Nguyễn Thị Dự Thay", corrected));
        var resent = await app.Mail.WaitForAsync(corrected, "invitation");
        resent.Subject.Should().StartWith("Giấy mời dự thay");
        resent.CustomArgs["invitation_id"].Should().StartWith($"{inviteeId}-deputy-").And.NotBe(deputyLetter.CustomArgs["invitation_id"]);
        var after = (await RollAsync(conference.Id)).Entries[0];
        after.DeputyEmail.Should().Be(corrected);
        after.DeputyDelivery.Should().BeNull();

        // A late bounce of the old deputy address does not mark the corrected one.
        now = app.Clock.GetUtcNow();
        using (var late = app.Events.Request(SignedEvents.Bounce($"deputy-ev-late-{Guid.NewGuid():N}", deputyLetter.CustomArgs["invitation_id"], conference.Id.ToString(), now), now))
        {
            (await app.Anonymous.SendAsync(late)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        (await RollAsync(conference.Id)).Entries[0].DeputyDelivery.Should().BeNull();
        await Eventually.GetAsync(
            async () => (await app.Mail.ToAsync(corrected)).Count == 1 ? "one" : null, TimeSpan.FromSeconds(10), "The corrected deputy's single invitation");
        (await app.Mail.ToAsync(wrong)).Should().ContainSingle("the bounced deputy address got its invitation only");
    }

    private Task<HttpResponseMessage> CorrectAsync(Guid conference, Guid invitee, string email) =>
        app.Organizer.PostAsJsonAsync($"/api/conferences/{conference}/invitees/{invitee}/address", new AddressInput(email));

    private Task<HttpResponseMessage> CorrectDeputyAsync(Guid conference, Guid invitee, string email) =>
        app.Organizer.PostAsJsonAsync($"/api/conferences/{conference}/invitees/{invitee}/deputy/address", new AddressInput(email));

    private async Task<ConferenceResponse> CreateAsync(IReadOnlyList<InviteeInput> people)
    {
        var today = VietnamTime.ToLocal(Instant.FromDateTimeOffset(app.Clock.GetUtcNow())).Date;
        var response = await app.Organizer.PostAsJsonAsync("/api/conferences", new ConferenceInput
        {
            CouncilId = "tinh-mau",
            Kind = "Briefing",
            Ordinal = 4,
            Date = Iso(today.PlusDays(10)),
            Start = "08:00",
            End = "11:30",
            Venue = new VenueInput("Hội trường HĐND tỉnh", "Số 1 Hùng Vương"),
            CoChairs = [new CoChairInput("Nguyễn Văn Chủ Trì", [], ["Phó Chủ tịch Thường trực HĐND tỉnh"])],
            Invitees = people,
            RegistrationDeadline = $"{Iso(today.PlusDays(7))}T17:00",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ConferenceResponse>(Json))!;
    }

    private async Task<RollResponse> RollAsync(Guid id) =>
        (await app.Organizer.GetFromJsonAsync<RollResponse>($"/api/conferences/{id}/roll", Json))!;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
