using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Conferences.Workflow;
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
        var people = PlannedConferences.Invitees("mat-dong", 1);
        var conference = await CreateAsync(people);
        (await app.Organizer.PostAsync($"/api/conferences/{conference}/start", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        await app.Mail.WaitForAsync(people[0].Email!, "invitation");
        app.Script.Arm(UpdateOf(conference));

        using var close = await app.Organizer.PostAsync($"/api/conferences/{conference}/close-registration", null);

        close.StatusCode.Should().Be(HttpStatusCode.OK, await close.Content.ReadAsStringAsync());
        app.Script.AllStruck.Should().BeTrue();
        await Eventually.GetAsync(
            async () => await app.Organizer.GetFromJsonAsync<JsonElement>($"/api/instances/{conference}") is var status
                && status.GetProperty("customStatus") is { ValueKind: JsonValueKind.Object } progress
                && progress.GetProperty("status").GetString() == "RegistrationClosed" ? "closed" : null,
            TimeSpan.FromSeconds(60),
            "The workflow reloading the conference with registration closed");
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
        var conference = await CreateAsync(people);
        (await app.Organizer.PostAsync($"/api/conferences/{conference}/start", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        var token = Mailbox.TokenIn(await app.Mail.WaitForAsync(people[0].Email!, "invitation"));
        var answer = new AnswerInput(AnswerInput.SendDeputy, Deputy: new DeputyInput("Trần Thị Dự Thay", "Phó Chủ tịch HĐND xã", $"du-thay-{Guid.NewGuid():N}@example.vn"));

        // The answer is stored, then its announcement to the workflow fails, every try of it (the queue client tries six times).
        app.Script.Arm(new StorageFaultRule(r => StorageRequests.IsQueueSend(r, "hdndworkflow-control", ConferenceChange.DeputySent), StorageFaultKind.NotSent, Times: 6));
        using (var failed = await app.Anonymous.PostAsJsonAsync($"/api/invitations/{token}/answer", answer))
        {
            app.Script.AllStruck.Should().BeTrue();
            ((int)failed.StatusCode).Should().BeGreaterThanOrEqualTo(500, "storage could not take the announcement");
        }

        using var again = await app.Anonymous.PostAsJsonAsync($"/api/invitations/{token}/answer", answer);

        again.StatusCode.Should().Be(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        await app.Mail.WaitForAsync(answer.Deputy!.Email!, "invitation");
    }

    private StorageFaultRule UpdateOf(Guid conference) => new(
        r => StorageRequests.IsConditionalUpdate(r, "Conferences") && r.Uri.ToUri().AbsoluteUri.Contains(conference.ToString(), StringComparison.Ordinal),
        StorageFaultKind.AnswerLost);

    private async Task<Guid> CreateAsync(IReadOnlyList<InviteeInput> people)
    {
        var today = VietnamTime.ToLocal(Instant.FromDateTimeOffset(app.Clock.GetUtcNow())).Date;
        using var created = await app.Organizer.PostAsJsonAsync("/api/conferences", PlannedConferences.Input(today, people));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<ConferenceResponse>(Json))!.Id;
    }

    private async Task<RollResponse> RollAsync(Guid conference) =>
        (await app.Organizer.GetFromJsonAsync<RollResponse>($"/api/conferences/{conference}/roll", Json))!;
}
