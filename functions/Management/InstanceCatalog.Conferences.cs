using System.Diagnostics;
using System.Globalization;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conclusions.Workflow;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Conferences.Persistence;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.Functions.Management;

/// <summary>The list through the council index: a council's (or every council's) conferences and their instances.</summary>
internal sealed partial class InstanceCatalog
{
    // Conferences read together: their instances in one batch of point reads.
    private const int Window = 25;

    // After this long, a page stops reading further conferences (a selective filter on a large council would otherwise
    // make one page read a hundred conferences); the next page goes on from there.
    private static readonly TimeSpan ReadingBudget = TimeSpan.FromMilliseconds(200);

    // Council by council (in the order of their ids), each council's conferences newest first; the token says where the
    // page stopped: "c:{council's position}.{conference's position}". A stage without a council reads the councils one
    // after another, so a page costs the index of one or two councils, not of all.
    private async Task<Managed<InstancePage>> ByConferenceAsync(InstanceFilter filter, CancellationToken cancellationToken)
    {
        var (council, offset) = (0, 0);
        if (filter.Token is { } token && !TryParse(token, out council, out offset))
        {
            return InvalidToken();
        }

        var councils = filter.Council is { } one ? [one] : directory.Councils.Select(c => c.Id).OrderBy(c => c.Value, StringComparer.Ordinal).ToList();
        var rows = new List<InstanceRow>();
        var examined = 0;
        var clock = Stopwatch.StartNew();
        IReadOnlyList<IndexedConference>? listed = null;
        while (rows.Count < filter.PageSize && council < councils.Count && examined < MaxConferencesPerPage && (examined == 0 || clock.Elapsed < ReadingBudget))
        {
            listed ??= await conferences.ListCouncilAsync(councils[council], cancellationToken);
            if (offset >= listed.Count)
            {
                (council, offset, listed) = (council + 1, 0, null);
                continue;
            }

            var window = listed.Skip(offset).Take(Window).ToList();
            offset += window.Count;
            examined += window.Count;
            rows.AddRange(await RowsAsync(window, filter, cancellationToken));
        }

        if (listed is not null && offset >= listed.Count)
        {
            (council, offset) = (council + 1, 0);
        }

        return new InstancePage(rows, council < councils.Count ? string.Create(CultureInfo.InvariantCulture, $"{ConferenceToken}{council}.{offset}") : null);
    }

    private static bool TryParse(string token, out int council, out int offset)
    {
        (council, offset) = (0, 0);
        return token.StartsWith(ConferenceToken, StringComparison.Ordinal)
            && token[ConferenceToken.Length..].Split('.') is [var c, var o]
            && int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out council)
            && int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }

    // The instances of these conferences that pass the filter, conference by conference in the given order.
    private async Task<IReadOnlyList<InstanceRow>> RowsAsync(IReadOnlyList<IndexedConference> window, InstanceFilter filter, CancellationToken cancellationToken)
    {
        var found = (await engine.GetInstancesByIdAsync(
                window.SelectMany(c => new[] { ConferenceService.InstanceId(c.Id), ConclusionOrchestrator.InstanceId(c.Id) }), cancellationToken))
            .ToDictionary(i => i.InstanceId);

        // Corrections and the withdrawal come after publication, when the conclusion's own instance has finished.
        var amended = window.Where(c => found.GetValueOrDefault(ConclusionOrchestrator.InstanceId(c.Id)) is { IsCompleted: true }).ToList();
        var rounds = await Task.WhenAll(amended.Select(async c =>
            (c.Id, Rounds: await conclusions.GetAsync(c.Council, c.Id, cancellationToken) is var (conclusion, _) ? conclusion.Rounds : 0)));
        var amendments = rounds.ToDictionary(r => r.Id, r => Enumerable.Range(1, r.Rounds).Select(round => ConclusionOrchestrator.AmendmentInstanceId(r.Id, round)).ToList());
        foreach (var instance in await engine.GetInstancesByIdAsync(amendments.Values.SelectMany(ids => ids), cancellationToken))
        {
            found[instance.InstanceId] = instance;
        }

        var matching = window
            .SelectMany(c => new[] { ConferenceService.InstanceId(c.Id), ConclusionOrchestrator.InstanceId(c.Id) }.Concat(amendments.GetValueOrDefault(c.Id) ?? []))
            .Select(id => found.GetValueOrDefault(id))
            .OfType<OrchestrationMetadata>()
            .Where(filter.Matches)
            .ToList();
        if (filter.WithPayloads)
        {
            matching = [.. (await Task.WhenAll(matching.Select(i => engine.GetInstanceAsync(i.InstanceId, getInputsAndOutputs: true, cancellationToken)))).OfType<OrchestrationMetadata>()];
        }

        var summaries = await SummariesAsync(matching.Select(i => ConferenceSummary.IdOf(i.InstanceId)), cancellationToken);
        return [.. matching.Select(i => new InstanceRow(i, ConferenceSummary.IdOf(i.InstanceId) is { } id ? summaries.GetValueOrDefault(id) : null))];
    }
}
