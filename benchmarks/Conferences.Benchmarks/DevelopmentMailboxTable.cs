using System.Text.RegularExpressions;
using Azure.Data.Tables;
using HdndWorkflow.Email;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Email.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>
/// The development mailbox read from its table, so that checking 10,000 e-mails takes a few queries instead of 10,000
/// HTTP calls: its index rows (partitions "t_…", see <see cref="DevelopmentMailbox"/>'s layout: key, recipient, time)
/// to count and check, and <see cref="DevelopmentMailbox.ReadAllAsync"/> for the links in the e-mails' text.
/// </summary>
internal sealed partial class DevelopmentMailboxTable(TableServiceClient tables)
{
    private static readonly IOptions<EmailOptions> Options = Microsoft.Extensions.Options.Options.Create(new EmailOptions());
    private readonly TableClient _table = tables.GetTableClient(Options.Value.DevelopmentMailboxTable);
    private readonly DevelopmentMailbox _mailbox = new(
        tables, new EmailOutbox(tables, Options, TimeProvider.System, NullLogger<EmailOutbox>.Instance), Options, TimeProvider.System, NullLogger<DevelopmentMailbox>.Instance);

    /// <summary>Every stored e-mail to the workload's addresses (one index row each), optionally only to its deputies.</summary>
    public async Task<IReadOnlyList<StoredMail>> ListAsync(Workload workload, bool deputiesOnly, CancellationToken cancellationToken)
    {
        // '`' follows '_' in ASCII: the range holds exactly the index rows. Deputies' addresses share a prefix, so the
        // service can narrow to them.
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {"t_"} and PartitionKey lt {"t`"}");
        if (deputiesOnly)
        {
            filter += " and " + TableClient.CreateQueryFilter($"To ge {Workload.DeputyPrefix} and To lt {Workload.DeputyPrefix[..^1] + "."}");
        }

        var mails = new List<StoredMail>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, select: ["Key", "To", "SentAt"], cancellationToken: cancellationToken))
        {
            var to = row.GetString("To") ?? string.Empty;
            if (workload.Owns(to))
            {
                mails.Add(new StoredMail(row.GetString("Key") ?? string.Empty, to, row.GetDateTimeOffset("SentAt") ?? DateTimeOffset.MinValue));
            }
        }

        return mails;
    }

    /// <summary>
    /// The personal link in each invitee's invitation, as the invitee reads it in the e-mail's text (the token is
    /// never made up here: only the app can sign one).
    /// </summary>
    public async Task<IReadOnlyList<InvitationLink>> InvitationLinksAsync(Workload workload, CancellationToken cancellationToken)
    {
        var links = new List<InvitationLink>();
        await foreach (var message in _mailbox.ReadAllAsync(cancellationToken))
        {
            if (!workload.Owns(message.To.Address) || Workload.IsDeputy(message.To.Address)
                || message.CustomArgs.GetValueOrDefault(EmailCustomArgs.Purpose) != EmailPurposes.Invitation)
            {
                continue;
            }

            var token = ConfirmationLink().Match(message.Text) is { Success: true } match
                ? match.Groups["token"].Value
                : throw new InvalidOperationException($"No confirmation link in e-mail {message.Id}.");
            links.Add(new InvitationLink(Guid.Parse(message.CustomArgs[EmailCustomArgs.InvitationId]), token));
        }

        return links;
    }

    [GeneratedRegex(@"/xac-nhan/(?<token>[A-Za-z0-9_-]{40,})")]
    private static partial Regex ConfirmationLink();
}

/// <summary>One e-mail in the mailbox's index: its idempotency key ("{invitation}:{purpose}:r{revision}"), recipient and time.</summary>
internal sealed record StoredMail(string Key, string To, DateTimeOffset SentAt)
{
    public string Invitation => Key[..Key.IndexOf(':', StringComparison.Ordinal)];

    public bool IsInvitation => Key.Contains(":" + EmailPurposes.Invitation + ":", StringComparison.Ordinal);
}
