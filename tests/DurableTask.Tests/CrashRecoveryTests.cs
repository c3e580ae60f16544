using System.Diagnostics;
using HdndWorkflow.Storage.Tables;

namespace HdndWorkflow.DurableTask.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class CrashRecoveryTests(AzuriteFixture azurite)
{
    private readonly System.Text.StringBuilder _output = new();

    [Fact]
    public async Task A_worker_killed_mid_orchestration_is_replaced_and_every_effect_happens_once()
    {
        var hubName = TestHub.NewHubName();
        await using var hub = await TestHub.StartAsync(azurite, _ => { }, o => o.PartitionCount = 1, hubName: hubName, selfHosted: false);
        var effects = hub.Tables.GetTableClient(hubName + "Effects");
        await effects.CreateIfNotExistsAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("EffectChain", 12);

        var first = StartWorker(hubName);
        try
        {
            await TestHub.EventuallyAsync(async () => first.HasExited
                ? throw new InvalidOperationException($"The worker exited with {first.ExitCode}: {_output}")
                : await Count(effects, "effect") >= 4, seconds: 60);
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var effectsAtKill = await Count(effects, "effect");
        using var second = StartWorker(hubName);
        try
        {
            var result = await hub.CompletionAsync(id, seconds: 90);

            result.ReadOutputAs<int>().Should().Be(12);
            effectsAtKill.Should().BeLessThan(12, "the first worker was killed before it finished");
            var rows = await effects.QueryAsync(TableFilter.Create($"PartitionKey eq {"effect"}")).ToListAsync();
            rows.Should().HaveCount(12).And.Subject.Select(r => r.GetInt32("Step")).Should().BeEquivalentTo(Enumerable.Range(0, 12));
            (await Count(effects, "attempt")).Should().BeGreaterThanOrEqualTo(12);
        }
        finally
        {
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
            first.Dispose();
        }
    }

    private static async Task<int> Count(TableClient table, string partition) =>
        (await table.QueryAsync(TableFilter.Create($"PartitionKey eq {partition}"), select: []).ToListAsync()).Count;

    private Process StartWorker(string hubName)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "HdndWorkflow.DurableTask.TestWorker"))
        {
            ArgumentList = { azurite.Azurite.ConnectionString, hubName },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => _output.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => _output.AppendLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
