namespace HdndWorkflow.Functions.Tests.Conferences;

/// <summary>The conference workflow's tests' app and clock.</summary>
public sealed class WorkflowAppFixture : ClockedAppFixture;

[CollectionDefinition(Name)]
public sealed class WorkflowAppCollection : ICollectionFixture<WorkflowAppFixture>
{
    public const string Name = "App with a test clock";
}
