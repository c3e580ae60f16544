using System.Net;
using System.Net.Http.Json;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Tests.Conclusions;
using HdndWorkflow.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Resilience;

/// <summary>
/// A conclusion's writes whose answer storage lost after carrying them out (see <see cref="ConferenceLostAnswerTests"/>):
/// an organizer's change is still reported as done and drafted from; the notice number taken by a transaction retried
/// after a lost answer is one number, without gaps; a workflow whose completing history write lost its answer still
/// ends Completed. On an app whose clock the tests move, to hold the conferences.
/// </summary>
[Collection(ConclusionFaultsCollection.Name)]
public sealed class ConclusionLostAnswerTests(ConclusionFaultsFixture app)
{
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

        await s.Send(app.Approver.PostAsJsonAsync($"{s.Api}/approve", new ReviewInput()), HttpStatusCode.Accepted);

        var published = await s.UntilAsync(c => c.Status == "Published", "Publication");
        (await s.OutputAsync(instance)).Should().Be("Published");
        app.Script.AllStruck.Should().BeTrue();
        var year = VietnamTime.ToLocal(Instant.FromDateTimeOffset(app.Clock.GetUtcNow())).Year;
        var numbers = await app.Factory.Services.GetRequiredService<ConclusionStore>().ListNumbersAsync(new CouncilId("tinh-mau"), year, CancellationToken.None);
        numbers.Select(n => n.Sequence).Should().Equal(Enumerable.Range(1, numbers.Count), "numbers are taken without gaps");
        numbers.Where(n => n.Conference == new ConferenceId(s.Conference)).Should().ContainSingle()
            .Which.Sequence.Should().Be(int.Parse(published.Number!.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture));
    }
}
