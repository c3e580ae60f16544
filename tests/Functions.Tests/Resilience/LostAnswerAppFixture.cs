using HdndWorkflow.Testing;

namespace HdndWorkflow.Functions.Tests.Resilience;

/// <summary>
/// The app with scripted storage faults in every storage client (its own and the workflow engine's), which each test
/// arms for the requests it is about; a clock of its own.
/// </summary>
public sealed class LostAnswerAppFixture() : ClockedAppFixture(StorageFaults.Scripted())
{
    public StorageFaults Script => Faults!;
}

[CollectionDefinition(Name)]
public sealed class LostAnswerAppCollection : ICollectionFixture<LostAnswerAppFixture>
{
    public const string Name = "App whose storage answers get lost";
}
