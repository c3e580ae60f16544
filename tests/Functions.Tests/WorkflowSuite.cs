namespace HdndWorkflow.Functions.Tests;

/// <summary>
/// The workflow tests (conference and conclusion journeys and workflows) that the resilience suite also runs under
/// storage faults (<c>dotnet test tests/Functions.Tests --filter Suite=Workflows</c> with
/// <c>HDND_STORAGE_FAULT_RATE</c> set; see docs/resilience.md): every workflow must still end as without them.
/// </summary>
public static class WorkflowSuite
{
    public const string Trait = "Suite";

    public const string Name = "Workflows";
}
