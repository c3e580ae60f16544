namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>Waits for a phase's instances and reads them from the Instances table (tagged as the benchmark's status reads).</summary>
internal static class InstanceTable
{
    /// <summary>
    /// Waits until the instances whose id starts with <paramref name="prefix"/> have finished: for the worker's log
    /// event when it is known to come (no requests), else by polling; then reads their rows, re-reading until every
    /// row shows the end (the worker writes it just after the event) or the deadline passes.
    /// </summary>
    public static async Task<(IReadOnlyList<OrchestrationMetadata> Instances, string ObservedBy)> WaitAsync(
        DurableTaskClient client, CompletionObserver.Expectation expectation, bool logEventWorks, string prefix, int expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var byLogEvent = logEventWorks && await expectation.WaitAsync(timeout);
        var instances = await ReadFinishedAsync(client, prefix, expected, TimeSpan.FromMilliseconds(byLogEvent ? 50 : 250), deadline);
        return (instances, byLogEvent ? CompletionObservation.LogEvent : logEventWorks ? CompletionObservation.TimedOut : CompletionObservation.Polling);
    }

    /// <summary>
    /// How many status reads <see cref="DurableTaskClient.WaitForInstanceCompletionAsync"/> would have made waiting
    /// from scheduling for an instance that finished after <paramref name="latency"/>: it reads, then waits 50 ms
    /// growing × 1.5 up to 1 s between reads. For the JSON's "if the benchmark had waited by polling" figures.
    /// </summary>
    public static int WaitForCompletionReads(TimeSpan latency)
    {
        var (reads, waited, delay) = (1, 0.0, 50.0);
        while (waited < latency.TotalMilliseconds)
        {
            waited += delay;
            delay = Math.Min(delay * 1.5, 1000);
            reads++;
        }

        return reads;
    }

    private static async Task<IReadOnlyList<OrchestrationMetadata>> ReadFinishedAsync(
        DurableTaskClient client, string prefix, int expected, TimeSpan pollInterval, DateTime deadline)
    {
        using var origin = RequestOrigin.Enter(RequestOrigin.Status);
        var query = new OrchestrationQuery { InstanceIdPrefix = prefix, PageSize = 1000, FetchInputsAndOutputs = true };
        while (true)
        {
            var instances = new List<OrchestrationMetadata>(expected);
            await foreach (var instance in client.GetAllInstancesAsync(query))
            {
                instances.Add(instance);
            }

            if ((instances.Count >= expected && instances.TrueForAll(i => i.IsCompleted)) || DateTime.UtcNow > deadline)
            {
                return instances;
            }

            await Task.Delay(pollInterval);
        }
    }
}
