using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using HdndWorkflow.Storage;
using HdndWorkflow.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.DurableTask.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class LostCommitAnswerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_commit_applied_but_answered_as_a_conflict_still_carries_out_the_steps_actions()
    {
        var lose = new LoseAnswerOfBatch(number: 3);
        var options = new StorageClientOptions();
        options.AddPolicy(lose, HttpPipelinePosition.PerRetry);
        await using var hub = await TestHub.StartAsync(azurite, r => r.AddOrchestrator<HelloSequence>().AddActivity<SayHello>(),
            services: s => s.AddSingleton(new TableServiceClient(azurite.Azurite.Account, options)));

        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync(nameof(HelloSequence), new[] { "a", "b", "c", "d" });
        var result = await hub.CompletionAsync(id);

        lose.Lost.Should().BeTrue();
        result.ReadOutputAs<List<string>>().Should().Equal("Xin chào a", "Xin chào b", "Xin chào c", "Xin chào d");
        hub.Worker.CommitConflicts.Should().Be(1);
    }

    /// <summary>Lets the n-th entity group transaction reach storage, then reports it as a 412 conflict, as a retry after a lost answer would.</summary>
    private sealed class LoseAnswerOfBatch(int number) : HttpPipelinePolicy
    {
        private int _batches;

        public bool Lost { get; private set; }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The engine calls storage asynchronously.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) && Interlocked.Increment(ref _batches) == number)
            {
                Lost = true;
                throw new RequestFailedException(412, "The answer was lost; the retry found the entity changed.", StorageErrorCodes.UpdateConditionNotSatisfied, null);
            }
        }
    }
}
