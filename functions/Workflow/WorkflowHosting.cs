namespace HdndWorkflow.Functions.Workflow;

/// <summary>How the engine is hosted, decided once at start-up.</summary>
/// <param name="UnderFunctionsHost">True when the Functions host delivers the control messages.</param>
public sealed record WorkflowHosting(bool UnderFunctionsHost);
