using System.Text.RegularExpressions;
using Azure.Data.Tables;
using HdndWorkflow.Email;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Email.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Resilience.CrashLoop;

/// <summary>
/// The e-mail provider's side: the development mailbox's message rows, read straight from its table. The mailbox keeps
/// every e-mail handed to it, a key delivered twice as two rows (see <see cref="DevelopmentMailbox"/>), so counting rows
/// per key counts what recipients received, duplicates included.
/// </summary>
internal sealed partial class ProviderMailbox(TableServiceClient tables)
{
    private static readonly IOptions<EmailOptions> Options = Microsoft.Extensions.Options.Options.Create(new EmailOptions());
    private readonly TableClient _table = tables.GetTableClient(Options.Value.DevelopmentMailboxTable);
    private readonly DevelopmentMailbox _mailbox = new(
        tables, new EmailOutbox(tables, Options, TimeProvider.System, NullLogger<EmailOutbox>.Instance), Options, TimeProvider.System, NullLogger<DevelopmentMailbox>.Instance);

    /// <summary>Every e-mail received: one (key, recipient) per message row.</summary>
    public async Task<IReadOnlyList<Received>> ReceivedAsync(CancellationToken cancellationToken)
    {
        // '`' follows '_' in ASCII: the range holds exactly the message rows' partitions.
        var received = new List<Received>();
        await foreach (var row in _table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey ge {"m_"} and PartitionKey lt {"m`"}"), select: ["Key", "To"], cancellationToken: cancellationToken))
        {
            received.Add(new Received(row.GetString("Key") ?? string.Empty, row.GetString("To") ?? string.Empty));
        }

        return received;
    }

    /// <summary>How many e-mails whose key ends with <paramref name="suffix"/> (":invitation:r0") the mailbox holds, distinct keys.</summary>
    public async Task<int> CountKeysAsync(string suffix, CancellationToken cancellationToken) =>
        (await ReceivedAsync(cancellationToken)).Where(r => r.Key.EndsWith(suffix, StringComparison.Ordinal)).Select(r => r.Key).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The personal link's token in each invitee's invitation (by invitation id), as the invitee reads it in the text.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> InvitationTokensAsync(IReadOnlySet<Guid> invitees, CancellationToken cancellationToken)
    {
        var tokens = new Dictionary<Guid, string>();
        await foreach (var message in _mailbox.ReadAllAsync(cancellationToken))
        {
            if (message.CustomArgs.GetValueOrDefault(EmailCustomArgs.Purpose) == EmailPurposes.Invitation
                && Guid.TryParse(message.CustomArgs.GetValueOrDefault(EmailCustomArgs.InvitationId), out var invitee) && invitees.Contains(invitee))
            {
                tokens[invitee] = ConfirmationLink().Match(message.Text) is { Success: true } match
                    ? match.Groups["token"].Value
                    : throw new InvalidOperationException($"No confirmation link in e-mail {message.Id}.");
            }
        }

        return tokens;
    }

    [GeneratedRegex(@"/xac-nhan/(?<token>[A-Za-z0-9_-]{40,})")]
    private static partial Regex ConfirmationLink();
}

/// <summary>One e-mail as the provider received it: its idempotency key ("{invitation}:{purpose}:r{revision}") and recipient.</summary>
internal sealed record Received(string Key, string To);
