using HdndWorkflow.Testing;

namespace HdndWorkflow.Functions.Tests.Resilience;

/// <summary>
/// The app with scripted storage faults in every storage client (its own and the workflow engine's), which each test
/// arms for the requests it is about; its durable timers wait as long as in production (the clock is never moved),
/// so that what a workflow does it does because it heard of a change.
/// </summary>
public sealed class ConferenceFaultsFixture() : ClockedAppFixture(StorageFaults.Scripted(), timerWait: null)
{
    public StorageFaults Script => Faults!;
}

[CollectionDefinition(Name)]
public sealed class ConferenceFaultsCollection : ICollectionFixture<ConferenceFaultsFixture>
{
    public const string Name = "Conferences whose storage answers get lost";
}

/// <summary>The app with scripted storage faults and a clock the tests move (to hold conferences), for conclusions.</summary>
public sealed class ConclusionFaultsFixture() : ClockedAppFixture(StorageFaults.Scripted())
{
    public StorageFaults Script => Faults!;
}

[CollectionDefinition(Name)]
public sealed class ConclusionFaultsCollection : ICollectionFixture<ConclusionFaultsFixture>
{
    public const string Name = "Conclusions whose storage answers get lost";
}
