using System.Diagnostics;
using System.Text.Json;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>
/// Starts a created conference and waits until every invitee's invitation is in the development mailbox. While it
/// waits it reads only the orchestration's status (a point read): the orchestration records its first custom status
/// once the first mailing has finished. Then the mailbox's index is read once, to count the invitations and to take
/// the time the last one was stored.
/// </summary>
internal static class InvitationPhase
{
    public static async Task<InvitationResult> RunAsync(
        ConferenceApi api, DevelopmentMailboxTable mailbox, Workload workload, Guid conference, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await api.StartAsync(conference, cancellationToken);

        double? observed = null;
        double? running = null;
        while (clock.Elapsed < timeout)
        {
            var status = await api.InstanceAsync(conference, showHistory: false, cancellationToken);
            var runtime = status.GetProperty("runtimeStatus").GetString();
            if (runtime is "Failed" or "Terminated" or "Completed")
            {
                throw new InvalidOperationException($"The conference's orchestration is {runtime}: {status}");
            }

            if (runtime != "Pending")
            {
                running ??= Math.Round(clock.Elapsed.TotalSeconds, 2);
            }

            if (status.GetProperty("customStatus").ValueKind == JsonValueKind.Object)
            {
                observed = Math.Round(clock.Elapsed.TotalSeconds, 2);
                break;
            }

            await Task.Delay(100, cancellationToken);
        }

        // The orchestration has moved past the mailing (or the time is up): what did the mailbox get?
        var mails = await mailbox.ListAsync(workload, deputiesOnly: false, cancellationToken);
        var invitations = mails.Where(m => m.IsInvitation && !Workload.IsDeputy(m.To)).ToList();
        var delivered = invitations.Select(m => m.Invitation).Distinct(StringComparer.Ordinal).Count();
        var last = invitations.Count == 0 ? (DateTimeOffset?)null : invitations.Max(m => m.SentAt);
        var seconds = delivered == workload.Invitees && last is { } l ? Math.Round((l - startedAt).TotalSeconds, 2) : (double?)null;
        return new InvitationResult(
            workload.Invitees,
            delivered,
            seconds,
            observed,
            running,
            seconds is { } s && s > 0 ? Math.Round(delivered / s, 1) : 0,
            DuplicateKeys: mails.Count - mails.Select(m => m.Key).Distinct(StringComparer.Ordinal).Count(),
            InviteesWithMoreThanOneInvitation: invitations.GroupBy(m => m.Invitation, StringComparer.Ordinal).Count(g => g.Count() > 1));
    }
}

/// <param name="SecondsToLastDelivery">From the start request to the time the last invitation was stored (its SentAt); null if not all were.</param>
/// <param name="SecondsObserved">From the start request until the orchestration's status showed the mailing done.</param>
/// <param name="SecondsUntilRunning">
/// From the start request until the orchestration's status left Pending: the start request itself, then its start
/// message in the control queue until the first episode ran.
/// </param>
internal sealed record InvitationResult(
    int Expected,
    int Delivered,
    double? SecondsToLastDelivery,
    double? SecondsObserved,
    double? SecondsUntilRunning,
    double EmailsPerSecond,
    int DuplicateKeys,
    int InviteesWithMoreThanOneInvitation);
