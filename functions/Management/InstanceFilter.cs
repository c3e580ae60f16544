using HdndWorkflow.Domain.Councils;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.Functions.Management;

/// <summary>
/// Which instances a list shows. Status, creation time and id prefix are the engine's own query
/// (<see cref="OrchestrationQuery"/>); council and stage are the app's (see <see cref="InstanceCatalog"/>).
/// </summary>
internal sealed record InstanceFilter
{
    /// <summary>The most instances one page asks the engine for (Azure Table storage answers at most 1,000 rows a request).</summary>
    public const int MaxPageSize = 1000;

    public IReadOnlyList<OrchestrationRuntimeStatus> Statuses { get; init; } = [];

    /// <summary>A stage code (<see cref="Stages"/>).</summary>
    public string? Stage { get; init; }

    public CouncilId? Council { get; init; }

    public DateTimeOffset? CreatedFrom { get; init; }

    public DateTimeOffset? CreatedTo { get; init; }

    public string? Prefix { get; init; }

    /// <summary>Whether inputs (and outputs) are read too.</summary>
    public bool WithPayloads { get; init; }

    public int PageSize { get; init; } = 25;

    /// <summary>Where the previous page stopped (<see cref="InstancePage.Next"/>).</summary>
    public string? Token { get; init; }

    /// <summary>Whether the list goes through the council index (council or stage given) rather than the engine's query.</summary>
    public bool ByConference => Council is not null || Stage is not null;

    /// <summary>Whether an instance passes the filters the engine's query would have applied, and the stage.</summary>
    public bool Matches(OrchestrationMetadata instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return (Statuses.Count == 0 || Statuses.Contains(instance.RuntimeStatus))
            && (CreatedFrom is not { } from || instance.CreatedAt >= from)
            && (CreatedTo is not { } to || instance.CreatedAt <= to)
            && (Prefix is null || instance.InstanceId.StartsWith(Prefix, StringComparison.Ordinal))
            && (Stage is null || Stages.Of(instance.SerializedCustomStatus) == Stage);
    }
}

/// <summary>One listed instance, with its conference when it belongs to one.</summary>
internal sealed record InstanceRow(OrchestrationMetadata Instance, ConferenceSummary? Conference)
{
    public string? Stage => Stages.Of(Instance.SerializedCustomStatus);
}

/// <summary>A page of instances; <paramref name="Next"/> continues after it, null on the last page.</summary>
internal sealed record InstancePage(IReadOnlyList<InstanceRow> Rows, string? Next);
