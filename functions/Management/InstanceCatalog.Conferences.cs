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

    private async Task<Managed<InstancePage>> ByConferenceAsync(InstanceFilter filter, CancellationToken cancellationToken)
    {
        var offset = 0;
        if (filter.Token is { } token
            && (!token.StartsWith(ConferenceToken, StringComparison.Ordinal)
                || !int.TryParse(token.AsSpan(ConferenceToken.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset)))
        {
            return InvalidToken();
        }

        var councils = filter.Council is { } council ? [council] : directory.Councils.Select(c => c.Id);
        var listed = (await Task.WhenAll(councils.Select(c => conferences.ListCouncilAsync(c, cancellationToken))))
            .SelectMany(list => list)
            .OrderByDescending(c => c.Created).ThenBy(c => c.Id.Value)
            .ToList();

        var rows = new List<InstanceRow>();
        var next = offset;
        while (rows.Count < filter.PageSize && next < listed.Count && next - offset < MaxConferencesPerPage)
        {
            var window = listed.Skip(next).Take(Window).ToList();
            next += window.Count;
            rows.AddRange(await RowsAsync(window, filter, cancellationToken));
        }

        return new InstancePage(rows, next < listed.Count ? ConferenceToken + next.ToString(CultureInfo.InvariantCulture) : null);
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
