namespace HdndWorkflow.Storage.Benchmarks;

/// <summary>One measured operation, done through the storage client or as raw HTTP; both do the same work.</summary>
internal interface IScenario
{
    /// <summary>The operation's key in the JSON report.</summary>
    string Name { get; }

    /// <summary>How many operations the sequential pass (bytes allocated and CPU time per operation) averages over.</summary>
    int AllocationOperations { get; }

    /// <summary>Creates what the operation needs (tables, queues, entities to read); not measured.</summary>
    Task PrepareAsync();

    /// <summary>
    /// Deletes what the operation created: Azurite keeps everything in the memory of one Node.js process, and a large
    /// heap makes its garbage collections pause whichever later round is running.
    /// </summary>
    Task CleanUpAsync();

    /// <summary>One operation through <c>HdndWorkflow.Storage</c>.</summary>
    Task ClientAsync();

    /// <summary>The same operation as raw HTTP requests.</summary>
    Task RawAsync();
}
