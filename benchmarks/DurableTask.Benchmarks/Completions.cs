using System.Diagnostics;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>
/// Waits until the instances whose ids start with a prefix have all finished, reading the Instances table once a
/// second (a query by prefix and status; its requests are charged to the observer), then reads them with their outputs.
/// Progress goes to stderr.
/// </summary>
internal static class Completions
{
    private static readonly OrchestrationRuntimeStatus[] Finished =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    public static Task<IReadOnlyList<OrchestrationMetadata>> WaitAsync(DurableTaskClient client, string prefix, int count, TimeSpan timeout) =>
        RequestCounter.InAsync(RequestOrigin.Observer, async () =>
        {
            var clock = Stopwatch.StartNew();
            var reported = TimeSpan.Zero;
            for (var finished = await CountAsync(client, prefix); finished < count && clock.Elapsed < timeout; finished = await CountAsync(client, prefix))
            {
                // Progress every half minute, so that a stalled engine shows as one.
                if (clock.Elapsed - reported >= TimeSpan.FromSeconds(30))
                {
                    reported = clock.Elapsed;
                    Console.Error.WriteLine($"    {finished}/{count} finished after {clock.Elapsed.TotalSeconds:F0} s");
                }

                await Task.Delay(TimeSpan.FromSeconds(1));
            }

            var query = new OrchestrationQuery { InstanceIdPrefix = prefix, Statuses = Finished, FetchInputsAndOutputs = true, PageSize = 1000 };
            var instances = new List<OrchestrationMetadata>();
            await foreach (var instance in client.GetAllInstancesAsync(query))
            {
                instances.Add(instance);
            }

            return (IReadOnlyList<OrchestrationMetadata>)instances;
        });

    private static async Task<int> CountAsync(DurableTaskClient client, string prefix)
    {
        var count = 0;
        await foreach (var _ in client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = prefix, Statuses = Finished, PageSize = 1000 }))
        {
            count++;
        }

        return count;
    }
}
