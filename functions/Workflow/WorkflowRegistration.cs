using HdndWorkflow.DurableTask;

namespace HdndWorkflow.Functions.Workflow;

/// <summary>Orchestrators and activities to register with the engine, contributed through dependency injection.</summary>
public sealed class WorkflowRegistration(Action<DurableTaskRegistry> register)
{
    /// <summary>Adds the contribution's orchestrators and activities to the engine's registry.</summary>
    public Action<DurableTaskRegistry> Register { get; } = register ?? throw new ArgumentNullException(nameof(register));
}
