using HdndWorkflow.DurableTask;
using HdndWorkflow.DurableTask.Hosting;
using HdndWorkflow.Functions.Hosting;

namespace HdndWorkflow.Functions.Workflow;

/// <summary>
/// The durable orchestration engine in the app, in the mode the app runs in. Under the Functions host (it sets
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>) the host's queue triggers deliver the control messages to
/// <c>POST /DurableControl{nn}</c>; elsewhere (local runs, tests) background dispatchers poll the control queues. The
/// settings are host.json's <c>extensions.durableTask</c> (see <see cref="HostJsonConfiguration"/>).
/// </summary>
public static class WorkflowEngine
{
    /// <summary>Registers the engine (client, worker and, when self-hosted, dispatchers) with the app's orchestrations.</summary>
    public static WebApplicationBuilder AddWorkflowEngine(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        // builder.Configuration, not the final configuration: the mode decides which services exist. The Functions host
        // sets the port in the environment; tests set it as a host setting.
        var mode = new WorkflowHosting(CustomHandlerHosting.IsUnderFunctionsHost(builder.Configuration));
        services.AddSingleton(mode);

        // AddDurableTask calls back at once with the registry its worker reads; the registrar fills it when the host is
        // starting, from every ConfigureWorkflows contribution: the app's own (Workflows) and any added after this call.
        DurableTaskRegistry? registry = null;
        services.AddDurableTask(engineRegistry => registry = engineRegistry, selfHosted: !mode.UnderFunctionsHost);
        var engineRegistry = registry ?? throw new InvalidOperationException("AddDurableTask did not hand out its registry.");
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<WorkflowRegistrar>(provider, engineRegistry));
        services.ConfigureWorkflows(Workflows.Register);
        return builder;
    }

    /// <summary>Under the Functions host, maps the control-queue functions' invocations; self-hosted, maps nothing.</summary>
    public static WebApplication MapWorkflowEngine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Self-hosted, the dispatchers own the control queues: nobody may post messages to the engine over HTTP.
        if (app.Services.GetRequiredService<WorkflowHosting>().UnderFunctionsHost)
        {
            app.MapDurableTaskQueueTriggers();
        }

        return app;
    }
}
