using System.Security.Claims;
using Azure;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.TaskHub.Client;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.Functions.Management;

/// <summary>
/// Lists orchestration instances a page at a time, for the console and the management API. Three ways, chosen by the
/// filter:
/// <list type="bullet">
/// <item>Without council, stage or id prefix, the Instances table in 16 key windows, one after another, with the status
/// and creation time filters applied within each (<c>.Windows</c>): the engine's order, at a cost the storage
/// emulator too keeps small with 100,000 instances.</item>
/// <item>With an id prefix, or only failed, suspended, terminated or pending instances asked for (few: one query finds
/// a page of them sooner than window after window), but neither council nor stage, the engine's own query (<see cref="OrchestrationQuery"/>: runtime status, creation
/// time range, instance id prefix, page size, continuation token): one request to the task hub's Instances table per
/// page, in instance id order.</item>
/// <item>With a council or a stage (and always for an organizer, whose council it is), through the app's own tables:
/// the council's conferences from its index (<see cref="ConferenceStore.ListCouncilAsync"/>, one partition, read once in 30 s), newest
/// first (a stage without a council: council after council), and for each the instances it can have, read by id: the conference's, its conclusion's and, once that one
/// has finished, its corrections' and withdrawal's (the stored conclusion counts the rounds). Neither the council nor the
/// stage is in the engine's query: the instance id holds the conference, not its council, and a stage is part of the
/// custom status, which the Instances table stores as JSON text. So rather than read every instance to filter them,
/// this reads only the council's; the other filters then apply to what was read. A page stops at the page size, after
/// <see cref="MaxConferencesPerPage"/> conferences or after 200 ms of reading, so a page may be short (even empty) and
/// still have a next. Except when only failed, suspended, terminated or pending instances are asked for: those are few,
/// so the engine's status query finds them and the council index says which are the council's.</item>
/// </list>
/// </summary>
internal sealed partial class InstanceCatalog(TaskHubClientShim engine, ConferenceStore conferences, ConclusionStore conclusions, UserDirectory directory)
{
    /// <summary>The most conferences one page reads, whatever it finds (each costs a few point reads).</summary>
    public const int MaxConferencesPerPage = 100;

    // The statuses few instances are in (see ExceptionalAsync), and how many of them one request reads.
    private const int ExceptionalPageSize = 200;
    private static readonly HashSet<OrchestrationRuntimeStatus> Exceptional =
        [OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Suspended, OrchestrationRuntimeStatus.Terminated, OrchestrationRuntimeStatus.Pending];

    private const string EngineToken = "e:";
    private const string ConferenceToken = "c:";

    public Task<Managed<InstancePage>> ListAsync(ClaimsPrincipal user, InstanceFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        switch (InstanceScope.Of(user))
        {
            case InstanceScope.None:
                return Task.FromResult<Managed<InstancePage>>(new Managed<InstancePage>.Forbidden());
            case InstanceScope.OfCouncil council when filter.Council is { } asked && asked != council.Council:
                return Task.FromResult<Managed<InstancePage>>(new Managed<InstancePage>.Forbidden());
            case InstanceScope.OfCouncil council:
                filter = filter with { Council = council.Council };
                break;
        }

        var exceptional = filter.Statuses.Count > 0 && filter.Statuses.All(Exceptional.Contains);
        if (!filter.ByConference)
        {
            return filter.Prefix is null && !exceptional ? ByWindowsAsync(filter, cancellationToken) : ByEngineAsync(filter, cancellationToken);
        }

        return exceptional ? ExceptionalAsync(filter, cancellationToken) : ByConferenceAsync(filter, cancellationToken);
    }

    private async Task<Managed<InstancePage>> ByEngineAsync(InstanceFilter filter, CancellationToken cancellationToken)
    {
        if (await EnginePageAsync(filter, cancellationToken) is not Managed<EnginePage>.Done { Value: var page })
        {
            return InvalidToken();
        }

        return new InstancePage(await RowsAsync(page.Instances, cancellationToken), page.Next);
    }

    // Failed, suspended, terminated and pending instances are few (each is one to look after), so with a council or a
    // stage they are found with the engine's status query, 200 a request, and kept when their conference is among the
    // council's (its index: one partition) and their stage matches; a conference-by-conference read would go through
    // every instance of the council to find a handful.
    private async Task<Managed<InstancePage>> ExceptionalAsync(InstanceFilter filter, CancellationToken cancellationToken)
    {
        if (await EnginePageAsync(filter with { PageSize = ExceptionalPageSize }, cancellationToken) is not Managed<EnginePage>.Done { Value: var page })
        {
            return InvalidToken();
        }

        var council = filter.Council is { } c ? (await conferences.ListCouncilAsync(c, cancellationToken)).Select(x => x.Id).ToHashSet() : null;
        var kept = page.Instances
            .Where(i => council is null || (ConferenceSummary.IdOf(i.InstanceId) is { } id && council.Contains(id)))
            .Where(filter.Matches)
            .ToList();
        return new InstancePage(await RowsAsync(kept, cancellationToken), page.Next);
    }

    // One page of the engine's own query: status, creation time and id prefix, in instance id order.
    private async Task<Managed<EnginePage>> EnginePageAsync(InstanceFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Token is { } token && !token.StartsWith(EngineToken, StringComparison.Ordinal))
        {
            return new Managed<EnginePage>.Invalid("continuationToken", string.Empty);
        }

        var continuation = filter.Token?[EngineToken.Length..];
        var query = new OrchestrationQuery
        {
            Statuses = filter.Statuses.Count > 0 ? filter.Statuses : null,
            CreatedFrom = filter.CreatedFrom,
            CreatedTo = filter.CreatedTo,
            InstanceIdPrefix = filter.Prefix,
            PageSize = filter.PageSize,
            ContinuationToken = continuation,
            FetchInputsAndOutputs = filter.WithPayloads,
        };
        Microsoft.DurableTask.Page<OrchestrationMetadata>? page = null;
        try
        {
            await foreach (var first in engine.GetAllInstancesAsync(query).AsPages(continuation, filter.PageSize).WithCancellation(cancellationToken))
            {
                page = first;
                break;
            }
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status400BadRequest && continuation is not null)
        {
            return new Managed<EnginePage>.Invalid("continuationToken", e.Message);
        }

        return page is null
            ? new EnginePage([], null)
            : new EnginePage(page.Values, string.IsNullOrEmpty(page.ContinuationToken) ? null : EngineToken + page.ContinuationToken);
    }

    // The rows of these instances, with their conferences.
    private async Task<IReadOnlyList<InstanceRow>> RowsAsync(IReadOnlyList<OrchestrationMetadata> instances, CancellationToken cancellationToken)
    {
        var summaries = await SummariesAsync(instances.Select(i => ConferenceSummary.IdOf(i.InstanceId)), cancellationToken);
        return [.. instances.Select(i => new InstanceRow(i, ConferenceSummary.IdOf(i.InstanceId) is { } id ? summaries.GetValueOrDefault(id) : null))];
    }

    // The conferences, by point reads (each at most once); those that do not exist are left out.
    private async Task<Dictionary<ConferenceId, ConferenceSummary>> SummariesAsync(IEnumerable<ConferenceId?> ids, CancellationToken cancellationToken)
    {
        var read = await Task.WhenAll(ids.OfType<ConferenceId>().Distinct().Select(async id =>
            await conferences.GetHeaderAsync(id, cancellationToken) is var (conference, _) ? ConferenceSummary.From(conference) : null));
        return read.OfType<ConferenceSummary>().ToDictionary(s => s.Id);
    }

    private static Managed<InstancePage> InvalidToken() =>
        new Managed<InstancePage>.Invalid("continuationToken", "Mã tiếp tục không hợp lệ: hãy mở lại trang đầu của danh sách.");
}

/// <summary>One page of the engine's query, before its conferences are read.</summary>
internal sealed record EnginePage(IReadOnlyList<OrchestrationMetadata> Instances, string? Next);
