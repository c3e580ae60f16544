using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conferences.Api;
using NodaTime;

namespace HdndWorkflow.Resilience.CrashLoop;

/// <summary>
/// What the crash loop checks once the conference is published, each from where it shows: e-mails at the provider's
/// boundary (the mailbox's rows: one per e-mail received), answers and roll marks through the API, the publication
/// through the portal's API, the notice number in the council's numbering rows.
/// </summary>
internal sealed record Verdict(
    IReadOnlyList<MailCheck> Mail,
    int ConclusionDuplicated,
    int NoticesReceived,
    int AnswersWrong,
    int MarksWrong,
    int Articles,
    int NumbersOfConference,
    bool NumbersGapFree,
    string? Number)
{
    /// <summary>The notice's recipients with an address (appsettings.Development.json's council).</summary>
    private const int NoticeRecipients = 2;

    public long Lost => Mail.Sum(m => m.Lost) + Math.Max(0, NoticeRecipients - NoticesReceived) + AnswersWrong;

    public long Duplicated => Mail.Sum(m => m.Duplicated) + ConclusionDuplicated;

    public bool Passed => Lost == 0 && Duplicated == 0 && Mail.All(m => m.Unexpected == 0 && m.WrongRecipient == 0)
        && NoticesReceived == NoticeRecipients && MarksWrong == 0 && Articles == 1 && NumbersOfConference == 1 && NumbersGapFree;

    public static async Task<Verdict> ReachAsync(
        CrashScenario scenario, CrashApi api, ProviderMailbox mailbox, TableServiceClient tables, CancellationToken cancellationToken)
    {
        var conference = scenario.Conference;
        var received = await mailbox.ReceivedAsync(cancellationToken);
        var invitees = scenario.Invitees;
        var deputies = invitees.Where(i => i.Plan.Deputy is not null && i.Plan.Wave > 0).ToList();
        var ours = invitees.Select(i => i.Id.ToString()).ToHashSet(StringComparer.Ordinal);
        var conferenceMail = received.Where(r => ours.Contains(Invitation(r.Key)[..36])).ToList();
        static bool Deputy(Received r) => r.Key.Contains("-deputy-", StringComparison.Ordinal);
        static bool Purpose(Received r, string purpose) => r.Key.Contains($":{purpose}", StringComparison.Ordinal);
        MailCheck[] mail =
        [
            MailCheck.Of("Invitations", conferenceMail.Where(r => Purpose(r, "invitation:") && !Deputy(r)),
                invitees.ToDictionary(i => $"{i.Id}:invitation:r0", i => i.Email)),
            MailCheck.Of("Reminders (to those without an answer when it was due)", conferenceMail.Where(r => Purpose(r, "reminder-")),
                invitees.Where(i => i.Plan.Wave != 1).ToDictionary(i => $"{i.Id}:reminder-1h:r0", i => i.Email)),
            MailCheck.Of("Deputies' invitations", conferenceMail.Where(r => Purpose(r, "invitation:") && Deputy(r)),
                deputies.ToDictionary(i => $"{DeputyKey(i)}:invitation:r0", i => i.Plan.Deputy!.Email!)),
            MailCheck.Of("Updates after the reschedule (invitees and deputies)", conferenceMail.Where(r => Purpose(r, "update:")),
                invitees.Select(i => (Key: $"{i.Id}:update:r1", i.Email)).Concat(deputies.Select(i => (Key: $"{DeputyKey(i)}:update:r1", Email: i.Plan.Deputy!.Email!)))
                    .ToDictionary(x => x.Key, x => x.Email)),
            MailCheck.Of("Anything else (cancellations…)", conferenceMail.Where(r => !Purpose(r, "invitation:") && !Purpose(r, "reminder-") && !Purpose(r, "update:")),
                new Dictionary<string, string>()),
        ];
        var conclusionMail = received.Where(r => r.Key.StartsWith($"{conference}-", StringComparison.Ordinal)).ToList();

        var roll = await api.GetAsync<RollResponse>($"api/conferences/{conference}/roll", CrashApi.Organizer, cancellationToken);
        var plans = invitees.ToDictionary(i => i.Id, i => i.Plan);
        var answersWrong = roll.Entries.Count(e => !plans.TryGetValue(e.InviteeId, out var plan) || e.Response != plan.Expected
            || (plan.Expected == "DeputySent" && e.Deputy?.StartsWith(plan.Deputy!.Name!, StringComparison.Ordinal) != true)) + (invitees.Count - roll.Entries.Count);
        var marksWrong = roll.Entries.Count(e => !e.Invited);

        var conclusion = await api.GetAsync<ConclusionResponse>($"api/conferences/{conference}/conclusion", CrashApi.Organizer, cancellationToken);
        var articles = (await api.GetAsync<List<PortalArticleSummary>>("api/portal/articles?council=tinh-mau&top=1000", null, cancellationToken)).Count(a => a.Id == conference);
        var year = VietnamTime.ToLocal(SystemClock.Instance.GetCurrentInstant()).Year;
        var numbers = new List<(int Sequence, Guid Conference)>();
        var prefix = string.Create(CultureInfo.InvariantCulture, $"number|{year}|");
        await foreach (var row in tables.GetTableClient("Conclusions").QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {"tinh-mau"} and RowKey gt {prefix} and RowKey lt {prefix + "~"}"), cancellationToken: cancellationToken))
        {
            numbers.Add((row.GetInt32("Sequence") ?? 0, row.GetGuid("Conference") ?? Guid.Empty));
        }

        return new Verdict(
            mail,
            conclusionMail.GroupBy(r => r.Key, StringComparer.Ordinal).Sum(g => g.Count() - 1),
            conclusionMail.Where(r => r.Key.EndsWith(":notice:r1", StringComparison.Ordinal)).Select(r => r.Key).Distinct(StringComparer.Ordinal).Count(),
            answersWrong,
            marksWrong,
            articles,
            numbers.Count(n => n.Conference == conference),
            numbers.Select(n => n.Sequence).Order().SequenceEqual(Enumerable.Range(1, numbers.Count)),
            conclusion.Number);
    }

    // "{invitation}:{purpose}:r{revision}" → "{invitation}" (padded, so that a short one matches no invitee id).
    private static string Invitation(string key) => key.Split(':')[0].PadRight(36);

    // As the app names a deputy's e-mails (Invitation.DeputyKey): the invitee and a digest of the deputy's address.
    private static string DeputyKey(Invitee invitee) =>
        $"{invitee.Id}-deputy-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(invitee.Plan.Deputy!.Email!.ToUpperInvariant())))[..12]}";
}

/// <summary>
/// One kind of e-mail: keys expected (each to its recipient), received (distinct), lost (expected, none received),
/// duplicated (received more than once: the rows beyond the first), unexpected (received, not expected) and rows to
/// another recipient than the key's.
/// </summary>
internal sealed record MailCheck(string What, int Expected, int Received, int Lost, int Duplicated, int Unexpected, int WrongRecipient)
{
    public static MailCheck Of(string what, IEnumerable<Received> kind, IReadOnlyDictionary<string, string> expected)
    {
        var byKey = kind.GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return new MailCheck(
            what,
            expected.Count,
            byKey.Count,
            expected.Keys.Count(k => !byKey.ContainsKey(k)),
            byKey.Values.Sum(rows => rows.Count - 1),
            byKey.Keys.Count(k => !expected.ContainsKey(k)),
            byKey.Count(g => expected.TryGetValue(g.Key, out var to) && g.Value.Any(r => !string.Equals(r.To, to, StringComparison.OrdinalIgnoreCase))));
    }
}
