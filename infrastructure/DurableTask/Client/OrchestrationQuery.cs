namespace HdndWorkflow.DurableTask;

/// <summary>Which instances a query returns, and how many a page.</summary>
public sealed record OrchestrationQuery
{
    /// <summary>Only instances created at or after this time.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only instances created before this time.</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Only instances in one of these statuses.</summary>
    public IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses { get; init; }

    /// <summary>Only instances whose id starts with this.</summary>
    public string? InstanceIdPrefix { get; init; }

    /// <summary>At most this many instances a page (1–1,000).</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>The token of the page to read, from the previous page.</summary>
    public string? ContinuationToken { get; init; }

    /// <summary>Whether inputs, outputs and custom status come back.</summary>
    public bool FetchInputsAndOutputs { get; init; }
}

/// <summary>One page of a query: instances and the token of the next page (null on the last).</summary>
public sealed record OrchestrationQueryPage(IReadOnlyList<OrchestrationMetadata> Instances, string? ContinuationToken);

/// <summary>Which finished instances a purge removes.</summary>
public sealed record PurgeInstancesFilter(DateTimeOffset? CreatedFrom = null, DateTimeOffset? CreatedTo = null, IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses = null);

/// <summary>How many instances a purge removed.</summary>
public sealed record PurgeResult(int PurgedInstanceCount);

/// <summary>Options of a new instance: its id (default: a new Guid).</summary>
public sealed record StartOrchestrationOptions(string? InstanceId = null);
