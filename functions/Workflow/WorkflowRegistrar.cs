using HdndWorkflow.DurableTask;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Workflow;

/// <summary>
/// Applies every <see cref="WorkflowRegistration"/> to the engine's registry when the host is starting. The engine takes
/// its registry once, in <c>AddDurableTask</c>, but reads it only when a message runs; contributions registered later (by
/// tests through WebApplicationFactory, say) are added here. <c>StartingAsync</c> runs before any hosted service's
/// <c>StartAsync</c>, so before the dispatchers poll and the server accepts the Functions host's invocations.
/// </summary>
internal sealed class WorkflowRegistrar(
    DurableTaskRegistry registry,
    IEnumerable<WorkflowRegistration> registrations,
    WorkflowHosting hosting,
    IOptions<DurableTaskOptions> options,
    ILogger<WorkflowRegistrar> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var registration in registrations)
        {
            registration.Register(registry);
        }

        var engine = options.Value;
        logger.WorkflowEngineStarting(
            engine.HubName,
            engine.PartitionCount,
            hosting.UnderFunctionsHost ? "the Functions host's queue triggers" : "the app's own dispatchers");

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
