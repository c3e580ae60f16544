using Microsoft.Extensions.Logging;

namespace HdndWorkflow.DurableTask.Execution;

/// <summary>What executions and activities of one worker share: registry, services, serialisation, logging, clock.</summary>
internal sealed record TaskHubEnvironment(
    DurableTaskRegistry Registry,
    IServiceProvider Services,
    DataConverter Converter,
    ILoggerFactory LoggerFactory,
    TimeProvider Time);
