using System.Diagnostics;
using System.Globalization;
using DurableTask.AzureStorage;
using HdndWorkflow.TaskHub;
using HdndWorkflow.TaskHub.Hosting;
using HdndWorkflow.Email;
using HdndWorkflow.Email.Hosting;
using HdndWorkflow.Testing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>
/// The design a Durable Functions sample would use for the same job: an orchestrator that fans out one activity per
/// invitation, each sending its one e-mail through <see cref="IEmailSender"/> (the development mailbox, with its
/// ledger), on the same engine with host.json's settings (our AddDurableTask and TaskHubService). It runs in this
/// process on an Azurite of its own, so the app's storage counts stay the app's. Its e-mails are lighter than the
/// app's (no letter composed, no calendar part), so the comparison favours the sample.
/// </summary>
internal static class SamplePattern
{
    public static async Task<SampleResult> RunAsync(int invitations, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var azurite = await Azurite.StartAsync(cancellationToken);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Development, // the e-mails go to the development mailbox, which exists only there
        });
        builder.Logging.AddFilter(level => level >= LogLevel.Error);
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "host.json"), optional: false);
        builder.Services.Configure<TaskHubOptions>(builder.Configuration.GetSection("extensions:durableTask"));
        builder.Services.AddSingleton(azurite.Connection);
        builder.Services.AddSingleton(azurite.Connection.CreateTableServiceClient());
        builder.Services.AddSingleton(new StorageAccountClientProvider(azurite.ConnectionString));
        builder.Services.AddEmail(builder.Configuration, builder.Environment);
        builder.Services.AddDurableTask(registry => registry.AddOrchestrator<InviteEveryone>().AddActivity<SendOneInvitation>());
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var client = host.Services.GetRequiredService<DurableTaskClient>();

            // Warm-up: a small fan-out first (JIT, the hub's queues, the mailbox's table), not timed.
            await RunOnceAsync(client, "warm-up", 20, timeout, cancellationToken);
            var seconds = await RunOnceAsync(client, "sample", invitations, timeout, cancellationToken);
            return new SampleResult(invitations, seconds);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    // Seconds from the start request until the orchestration completed, every e-mail sent.
    private static async Task<double?> RunOnceAsync(DurableTaskClient client, string id, int invitations, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(InviteEveryone), invitations, new StartOrchestrationOptions(id), cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, deadline.Token);
        return done.RuntimeStatus == OrchestrationRuntimeStatus.Completed && done.ReadOutputAs<int>() == invitations
            ? Math.Round(clock.Elapsed.TotalSeconds, 2)
            : null;
    }

    /// <summary>Fans out one activity per invitation and counts the e-mails sent.</summary>
    internal sealed class InviteEveryone : TaskOrchestrator<int, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
        {
            ArgumentNullException.ThrowIfNull(context);
            var sent = await Task.WhenAll(Enumerable.Range(1, input).Select(i => context.CallActivityAsync<int>(nameof(SendOneInvitation), i)));
            return sent.Sum();
        }
    }

    /// <summary>Sends invitation number <c>n</c>: one e-mail, keyed so that a retried activity sends it once.</summary>
    internal sealed class SendOneInvitation(IEmailSender sender) : TaskActivity<int, int>
    {
        public override async Task<int> RunAsync(TaskActivityContext context, int input)
        {
            var invitation = string.Create(CultureInfo.InvariantCulture, $"sample-{context.InstanceId}-{input}");
            var result = await sender.SendAsync(
            [
                new OutgoingEmail
                {
                    IdempotencyKey = EmailKey.For(invitation, EmailPurposes.Invitation, 0),
                    To = new EmailRecipient(string.Create(CultureInfo.InvariantCulture, $"dai-bieu-{input}@mau.bench.example.vn"), $"Đại biểu {input}"),
                    Subject = "Giấy mời dự hội nghị",
                    Html = $"<p>Kính gửi Đại biểu {input},</p><p>Trân trọng kính mời đồng chí dự hội nghị.</p>",
                    Text = $"Kính gửi Đại biểu {input}, trân trọng kính mời đồng chí dự hội nghị.",
                    CustomArgs = EmailCustomArgs.For(invitation, EmailPurposes.Invitation, 0),
                },
            ]);
            return result.Outcomes.Count(o => o.Status is EmailDeliveryStatus.Sent or EmailDeliveryStatus.AlreadySent);
        }
    }
}

/// <param name="Seconds">From the start request to the orchestration's completion; null if it did not send them all in time.</param>
internal sealed record SampleResult(int Invitations, double? Seconds);
