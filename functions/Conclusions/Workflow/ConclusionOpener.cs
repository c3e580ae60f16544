using System.Globalization;
using Azure;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Vietnamese;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Conferences.Persistence;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Workflow;

/// <summary>
/// Opens the conclusion of a held conference, once: its header and the timeline's first events, taken from the
/// conference (invitations sent when its workflow started, the answers with the frozen roll's figures, held now).
/// Used by the workflow when it takes over, and by the organizer's first request if that comes first.
/// </summary>
internal sealed class ConclusionOpener(ConferenceStore conferences, ConclusionStore store, DurableTaskClient workflows, TimeProvider time)
{
    /// <summary>The conclusion, opened if need be; null when the conference does not exist or is not held.</summary>
    public async Task<(Conclusion Conclusion, ETag ETag)?> OpenAsync(ConferenceId id, CancellationToken cancellationToken)
    {
        if (await conferences.GetAsync(id, cancellationToken) is not var (conference, _, invitations) || conference.Status != ConferenceStatus.Held)
        {
            return null;
        }

        if (await store.GetAsync(conference.Council.Id, id, cancellationToken) is { } existing)
        {
            return existing;
        }

        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var history = new List<(TimelineKind, Instant, string?)>();
        if (await workflows.GetInstanceAsync(ConferenceService.InstanceId(id), cancellation: cancellationToken) is { } started)
        {
            var sent = invitations.Count(i => i.InvitedRevision >= 0);
            history.Add((TimelineKind.Invited, Instant.FromDateTimeOffset(started.CreatedAt), string.Create(CultureInfo.InvariantCulture, $"{sent} đại biểu")));
        }

        var replies = invitations.Where(i => i.Reply is not null).Select(i => i.Reply!).ToList();
        if (replies.Count > 0)
        {
            // Every figure of the frozen roll: "maybe" (a calendar's Tentative) is neither attending nor not answered.
            var undelivered = invitations.Where(i => i.Delivery is not null).Select(i => i.Invitee.Id).ToHashSet();
            history.Add((TimelineKind.Answered, replies.Max(r => r.AnsweredAt), conference.Roll(replies).CountsWith(undelivered).Summary()));
        }

        history.Add((TimelineKind.Held, now, $"{conference.Schedule.SessionPhrase}/{conference.Schedule.Date.Year.ToString(CultureInfo.InvariantCulture)}"));
        var opened = Model.Conclusion.Open(
            conference.Id, conference.Council.Id, conference.Title, now, ConclusionOrchestrator.InstanceId(conference.Id), history);
        await store.OpenAsync(opened, cancellationToken);
        return await store.GetAsync(conference.Council.Id, id, cancellationToken);
    }
}
