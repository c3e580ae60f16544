using System.Diagnostics;
using HdndWorkflow.Functions.Conferences.Api;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>What the app must show afterwards: every answer in the roll, every deputy invited once.</summary>
internal static class Checks
{
    /// <summary>
    /// Compares the roll (GET /api/conferences/{id}/roll) with the answers the app accepted: an accepted answer that
    /// the roll does not show is lost.
    /// </summary>
    public static RollCheck Roll(RollResponse roll, IReadOnlyList<AnswerOutcome> outcomes)
    {
        var entries = roll.Entries.ToDictionary(e => e.InviteeId);
        var accepted = outcomes.Where(o => o.Succeeded).ToList();
        var lost = accepted.Count(o => !entries.TryGetValue(o.Planned.Link.InviteeId, out var entry) || entry.Response != o.Planned.ExpectedResponse);
        var expected = accepted.GroupBy(o => o.Planned.ExpectedResponse).ToDictionary(g => g.Key, g => g.Count());
        var countsMatch = roll.Counts.Accepted == expected.GetValueOrDefault("Accepted")
            && roll.Counts.Declined == expected.GetValueOrDefault("Declined")
            && roll.Counts.DeputiesSent == expected.GetValueOrDefault("DeputySent")
            && roll.Counts.NotAnswered == roll.Counts.Invited - accepted.Count;
        return new RollCheck(roll.Counts.Invited, roll.Counts.Accepted, roll.Counts.Declined, roll.Counts.DeputiesSent, roll.Counts.NotAnswered, lost, countsMatch);
    }

    /// <summary>
    /// Waits until every deputy named has an invitation in the mailbox (the orchestration sends them when it hears of
    /// the deputies), reading only the deputies' index rows every second.
    /// </summary>
    public static async Task<DeputyResult> DeputiesAsync(
        DevelopmentMailboxTable mailbox, Workload workload, int expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<StoredMail> mails = [];
        while (true)
        {
            mails = await mailbox.ListAsync(workload, deputiesOnly: true, cancellationToken);
            var invited = mails.Where(m => m.IsInvitation).Select(m => m.Invitation).Distinct(StringComparer.Ordinal).Count();
            if (invited >= expected || clock.Elapsed > timeout)
            {
                return new DeputyResult(
                    expected,
                    invited,
                    invited >= expected ? Math.Round(clock.Elapsed.TotalSeconds, 2) : null,
                    mails.Where(m => m.IsInvitation).GroupBy(m => m.To, StringComparer.OrdinalIgnoreCase).Count(g => g.Count() > 1));
            }

            await Task.Delay(1000, cancellationToken);
        }
    }
}

/// <param name="Lost">Answers the app accepted (200) that the roll does not show.</param>
/// <param name="CountsMatch">The roll's counts are those of the accepted answers.</param>
internal sealed record RollCheck(int Invited, int Accepted, int Declined, int DeputiesSent, int NotAnswered, int Lost, bool CountsMatch);

/// <param name="SecondsAfterLastAnswer">From the end of the answers until the last deputy's invitation was in the mailbox.</param>
/// <param name="DeputiesWithMoreThanOneInvitation">Deputies' addresses that received more than one invitation.</param>
internal sealed record DeputyResult(int Expected, int Invited, double? SecondsAfterLastAnswer, int DeputiesWithMoreThanOneInvitation);
