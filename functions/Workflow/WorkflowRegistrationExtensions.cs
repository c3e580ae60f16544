using HdndWorkflow.DurableTask;

namespace HdndWorkflow.Functions.Workflow;

/// <summary>Contributing orchestrators and activities from outside <see cref="WorkflowEngine"/>, for example from tests.</summary>
public static class WorkflowRegistrationExtensions
{
    /// <summary>
    /// Registers orchestrators and activities with the engine. Contributions apply when the app starts, before any
    /// control message is processed, so they may be added after <see cref="WorkflowEngine.AddWorkflowEngine"/>.
    /// </summary>
    public static IServiceCollection ConfigureWorkflows(this IServiceCollection services, Action<DurableTaskRegistry> register)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new WorkflowRegistration(register));
        return services;
    }
}
