using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Tests.Conclusions;
using HdndWorkflow.Functions.Tests.Pages;
using HdndWorkflow.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Resilience;

/// <summary>
/// Writes whose answer storage lost after carrying them out, so that the storage client sent them again: an insert
/// then meets its own row (409), an update If-Match its own new ETag (412), a transaction either. Each is still
/// reported as done, stored once, and heard of by the workflow. Faults scripted on the requests each test is about.
/// </summary>
[Collection(LostAnswerAppCollection.Name)]
public sealed class LostAnswerTests(LostAnswerAppFixture app)
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
    public async Task An_outcome_whose_save_answer_was_lost_is_done_and_drafted_from()
    {
        var s = new ConclusionScenario(app);
        await s.HeldAsync("mat-ket-qua");
        await s.WaitingForAsync($"{s.Conference}:conclusion", "outcome");
        app.Script.Arm(new StorageFaultRule(r => StorageRequests.IsTransaction(r, "Conclusions", s.Conference.ToString()), StorageFaultKind.AnswerLost));

        using var outcome = await app.Organizer.PutAsJsonAsync($"{s.Api}/outcome", ConclusionScenario.Outcome());

        outcome.StatusCode.Should().Be(HttpStatusCode.OK, await outcome.Content.ReadAsStringAsync());
        app.Script.AllStruck.Should().BeTrue();
        (await s.UntilAsync(c => c.Revision == 1, "The first draft")).Outcome.Should().NotBeNull();
    }

    [Fact]
    public async Task A_notice_numbered_and_a_workflow_ended_by_writes_whose_answers_were_lost_keep_one_number_and_end_completed()
    {
        var s = new ConclusionScenario(app);
        await s.HeldAsync("mat-so");
        await s.DraftedAsync();
        await s.Send(app.Organizer.PostAsJsonAsync($"{s.Api}/submit", new SubmitInput()));
        var instance = $"{s.Conference}:conclusion";
        app.Script.Arm(
            new StorageFaultRule(r => StorageRequests.IsTransaction(r, "Conclusions", "number|"), StorageFaultKind.AnswerLost),
            new StorageFaultRule(
                r => StorageRequests.IsTransaction(r, "HdndWorkflowHistory", "ExecutionCompleted")
                    && StorageRequests.IsTransaction(r, "HdndWorkflowHistory", $"\"PartitionKey\":\"{instance}\""),
                StorageFaultKind.AnswerLost));

        await s.Send(app.Approver.PostAsJsonAsync($"{s.Api}/approve", new ReviewInput()));

        var published = await s.UntilAsync(c => c.Status == "Published", "Publication");
        (await s.OutputAsync(instance)).Should().Be("Published");
        app.Script.AllStruck.Should().BeTrue();
        var year = VietnamTime.ToLocal(Instant.FromDateTimeOffset(app.Clock.GetUtcNow())).Year;
        var numbers = await app.Factory.Services.GetRequiredService<ConclusionStore>().ListNumbersAsync(new CouncilId("tinh-mau"), year, CancellationToken.None);
        numbers.Select(n => n.Sequence).Should().Equal(Enumerable.Range(1, numbers.Count), "numbers are taken without gaps");
        numbers.Where(n => n.Conference == new ConferenceId(s.Conference)).Should().ContainSingle()
            .Which.Sequence.Should().Be(int.Parse(published.Number!.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture));
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
