using System.Diagnostics;
using Azure.Data.Tables;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Conferences.Persistence;
using NodaTime;

namespace HdndWorkflow.Console.Benchmarks;

/// <summary>
/// Writes the fleet before the app starts. Conferences go through the app's own <see cref="ConferenceStore"/> (the
/// conference row and its council's index row). Instances go straight into the task hub's Instances table in the
/// Azure Storage provider's layout (PartitionKey = instance id, RowKey empty, its columns), one insert each: creating
/// 100,000 instances through the engine would queue 100,000 start messages and run as many orchestrations first,
/// and the table's partitions (one per instance) allow no batches.
/// </summary>
internal static class Loader
{
    public static async Task<double> LoadAsync(Fleet fleet, TableServiceClient tables, int concurrency, Action<string> log, CancellationToken cancellationToken)
    {
        var store = new ConferenceStore(tables);
        await store.CreateTableAsync(cancellationToken);
        // On an empty table the backfill only records that it is done, so the app does not redo it at start-up.
        await store.BackfillCouncilIndexAsync(cancellationToken);
        var instances = tables.GetTableClient($"{Fleet.HubName}Instances");
        await instances.CreateIfNotExistsAsync(cancellationToken);

        var template = Template();
        var clock = Stopwatch.StartNew();
        var done = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, fleet.Conferences),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                await store.CreateAsync(fleet.Conference(i, template), "benchmark", ct);
                foreach (var row in fleet.Instances(i))
                {
                    await instances.AddEntityAsync(row, ct);
                }

                if (Interlocked.Increment(ref done) % 5000 == 0)
                {
                    log($"Loaded {done}/{fleet.Conferences} conferences with their instances ({clock.Elapsed.TotalSeconds:F0} s).");
                }
            });
        return Math.Round(clock.Elapsed.TotalSeconds, 1);
    }

    private static Conference Template() => new()
    {
        Id = new ConferenceId(Guid.Empty),
        Council = new Council(new CouncilId(Fleet.DevelopmentCouncil), "HĐND tỉnh Quảng Trị", AdministrativeUnitKind.Province, "Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        Kind = ConferenceKind.Briefing,
        Ordinal = 1,
        Schedule = new Schedule(new LocalDate(2025, 8, 2), new LocalTime(8, 0), new LocalTime(11, 30)),
        Venue = new Venue("Hội trường HĐND tỉnh", "Số 1 Hùng Vương"),
        CoChairs = [CoChair.Create("Nguyễn Đăng Quang", ["Ủy viên BTV Tỉnh ủy"], ["Chủ tịch HĐND tỉnh"])],
        RegistrationDeadline = new RegistrationDeadline(new LocalDateTime(2025, 7, 30, 17, 0)),
    };
}
