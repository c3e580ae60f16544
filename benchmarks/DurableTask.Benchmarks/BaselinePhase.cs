using System.Diagnostics;
using System.Globalization;
using HdndWorkflow.Storage;
using HdndWorkflow.Storage.Queues;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>
/// Phase 1, for context: what this Azurite does through our clients with nothing else running, at the concurrency the
/// engine phases use: single-entity inserts, and queue put + receive + delete rounds. Own clients, own counter.
/// </summary>
internal static class BaselinePhase
{
    public static async Task<BaselineResult> RunAsync(StorageAccount account, int azuriteProcessId, int concurrency, TimeSpan length)
    {
        var counter = new RequestCounter();
        var tables = new TableServiceClient(account, counter.OptionsFor(StorageKind.Table));
        var queues = new QueueServiceClient(account, counter.OptionsFor(StorageKind.Queue));
        var table = tables.GetTableClient("BaselineInserts");
        var queue = queues.GetQueueClient("baseline-queue");
        await table.CreateIfNotExistsAsync();
        await queue.CreateIfNotExistsAsync();

        var body = BinaryData.FromString("""{"instanceId":"6f1c2b8e3d4a4e5f9a0b1c2d3e4f5a6b","taskId":3,"result":"Hello Tokyo!"}""");
        var payload = new string('x', 200);
        Func<int, long, Task> insert = (worker, i) => table.AddEntityAsync(new TableEntity($"w{worker:D3}", i.ToString("D9", CultureInfo.InvariantCulture))
        {
            ["Status"] = "Running",
            ["Payload"] = payload,
        });
        Func<int, long, Task> putReceiveDelete = async (_, _) =>
        {
            await queue.SendMessageAsync(body);
            IReadOnlyList<QueueMessage> received;
            do
            {
                received = await queue.ReceiveMessagesAsync();
            }
            while (received.Count == 0);

            await queue.DeleteMessageAsync(received[0].MessageId, received[0].PopReceipt);
        };

        // Warm-up by count, not time: a freshly started Azurite is several times slower until V8 has compiled its hot
        // paths (thousands of calls), however long that takes on a busy machine. Then the measured windows.
        var warmUpLimit = TimeSpan.FromSeconds(20);
        await RateAsync(insert, concurrency, warmUpLimit, 1_000_000, 2000);
        await RateAsync(putReceiveDelete, concurrency, warmUpLimit, 0, 700);
        var (before, cpuBefore) = (counter.Snapshot(), CpuSnapshot.Take(azuriteProcessId));
        var inserts = await RateAsync(insert, concurrency, length, 2_000_000, long.MaxValue);
        var (middle, cpuMiddle) = (counter.Snapshot(), CpuSnapshot.Take(azuriteProcessId));
        var rounds = await RateAsync(putReceiveDelete, concurrency, length, 0, long.MaxValue);
        var (after, cpuAfter) = (counter.Snapshot(), CpuSnapshot.Take(azuriteProcessId));
        var (insertRequests, queueRequests) = ((middle - before).Total, (after - middle).Total);
        return new BaselineResult(
            Concurrency: concurrency,
            Seconds: length.TotalSeconds,
            TableInsertsPerSecond: inserts.PerSecond,
            TableInsertCpu: cpuMiddle.Since(cpuBefore).Per(insertRequests),
            QueuePutReceiveDeletePerSecond: rounds.PerSecond,
            QueueRequestsPerSecond: Math.Round(queueRequests / rounds.Elapsed.TotalSeconds, 1),
            QueueRequestsPerRound: Math.Round((double)queueRequests / Math.Max(1, rounds.Operations), 2),
            QueueRequestCpu: cpuAfter.Since(cpuMiddle).Per(queueRequests),
            Retries: after.Total - after.Calls);
    }

    /// <summary>
    /// Operations per second of <paramref name="concurrency"/> workers repeating the operation for <paramref name="length"/>
    /// or until <paramref name="limit"/> operations are done.
    /// </summary>
    private static async Task<Rate> RateAsync(Func<int, long, Task> operation, int concurrency, TimeSpan length, long firstKey, long limit)
    {
        long operations = 0;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            for (var i = firstKey; stopwatch.Elapsed < length && Interlocked.Read(ref operations) < limit; i++)
            {
                await operation(worker, i);
                Interlocked.Increment(ref operations);
            }
        })));
        return new Rate(operations, stopwatch.Elapsed);
    }

    private readonly record struct Rate(long Operations, TimeSpan Elapsed)
    {
        public double PerSecond => Math.Round(Operations / Elapsed.TotalSeconds, 1);
    }
}
