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

        // Tests add their own orchestrations later with services.ConfigureDurableTask(...).
        services.AddDurableTask(Workflows.Register, selfHosted: !mode.UnderFunctionsHost);
        return builder;
    }

    /// <summary>Under the Functions host, maps the control-queue functions' invocations; self-hosted, maps nothing.</summary>
    public static WebApplication MapWorkflowEngine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Self-hosted, the dispatchers own the control queues: nobody may post messages to the engine over HTTP.
        var hosting = app.Services.GetRequiredService<WorkflowHosting>();
        if (hosting.UnderFunctionsHost)
        {
            app.MapDurableTaskQueueTriggers();
        }

        var engine = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DurableTaskOptions>>().Value;
        app.Logger.WorkflowEngineStarting(engine.HubName, engine.PartitionCount,
            hosting.UnderFunctionsHost ? "the Functions host's queue triggers" : "the app's own dispatchers");

        return app;
    }
}
