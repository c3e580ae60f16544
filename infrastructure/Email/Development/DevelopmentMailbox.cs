using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HdndWorkflow.Email.Outbox;
using HdndWorkflow.Storage;
using HdndWorkflow.Storage.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Email.Development;

/// <summary>
/// The e-mail transport of local runs (no SendGrid key): every e-mail is stored in a table (default "DevMail") instead
/// of being sent, to be read at /dev/mail and /api/dev/mail (see <see cref="DevelopmentMailboxEndpoints"/>). Sending goes
/// through the same <see cref="EmailOutbox"/> ledger as SendGrid, so idempotency behaves alike; and storing is itself
/// idempotent: the same key stored twice keeps one e-mail.
/// </summary>
/// <remarks>
/// Layout, all in one partition: a message row "m_{id}" holding the e-mail as JSON in 64 KiB binary chunks (bodies and
/// attachments easily exceed a string property's 32 K characters), and an index row "t_{inverted time}_{id}" holding
/// what the list shows, so that a range query reads the newest first, a page at a time. Both rows are inserted in one
/// transaction: a second store of the same key fails whole with 409 and leaves the first untouched. The id is a hash of
/// the idempotency key, so links to a message stay valid across runs.
/// </remarks>
public sealed class DevelopmentMailbox : IEmailSender
{
    /// <summary>The transport's name in the ledger.</summary>
    public const string TransportName = "DevelopmentMailbox";

    private const string Partition = "mail";
    private const string MessagePrefix = "m_";
    private const string IndexPrefix = "t_";
    private const int ChunkBytes = TableLimits.MaxBinaryBytes;
    private const int MaxChunks = 14;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TableOnce _table;
    private readonly EmailOptions _options;
    private readonly OutboxDelivery _delivery;
    private readonly TimeProvider _time;

    public DevelopmentMailbox(TableServiceClient tables, EmailOutbox outbox, IOptions<EmailOptions> options, TimeProvider time, ILogger<DevelopmentMailbox> logger)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _table = new TableOnce(tables.GetTableClient(_options.DevelopmentMailboxTable));
        _delivery = new OutboxDelivery(outbox, _options, logger);
        _time = time;
    }

    /// <inheritdoc />
    public Task<EmailSendResult> SendAsync(IReadOnlyList<OutgoingEmail> emails, CancellationToken cancellationToken = default)
    {
        OutgoingEmailValidation.Validate(emails);
        IReadOnlyList<IReadOnlyList<OutgoingEmail>> batches = [.. emails.Select(e => (IReadOnlyList<OutgoingEmail>)[e])];
        return _delivery.RunAsync(TransportName, emails, batches, DeliverAsync, maxConcurrentBatches: 8, cancellationToken);
    }

    /// <summary>Stores one e-mail; false when an e-mail with its idempotency key is already stored (that one is kept).</summary>
    public async Task<bool> StoreAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        OutgoingEmailValidation.Validate([email]);
        var rendered = email.Render();
        var id = IdFor(email.IdempotencyKey);
        var sentAt = _time.GetUtcNow();
        var customArgs = new Dictionary<string, string>(rendered.CustomArgs, StringComparer.Ordinal)
        {
            [EmailCustomArgs.EmailKey] = email.IdempotencyKey,
        };
        var message = new DevMailMessage(
            id,
            email.IdempotencyKey,
            new EmailRecipient(_options.FromAddress, _options.FromName),
            string.IsNullOrWhiteSpace(_options.ReplyToAddress) ? null : new EmailRecipient(_options.ReplyToAddress, _options.ReplyToName),
            rendered.To,
            rendered.Subject,
            rendered.Html,
            rendered.Text,
            [.. rendered.Attachments.Select(a => new DevMailAttachment(a.FileName, a.ContentType, a.Content))],
            customArgs,
            sentAt);

        var data = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        if (data.Length > ChunkBytes * MaxChunks)
        {
            throw new ArgumentException(
                $"E-mail '{email.IdempotencyKey}' is {data.Length:N0} bytes; the development mailbox holds up to {ChunkBytes * MaxChunks:N0}.", nameof(email));
        }

        var messageRow = new TableEntity(Partition, MessagePrefix + id) { ["Key"] = email.IdempotencyKey, ["SentAt"] = sentAt };
        messageRow.SetBinaryChunks("Data", data);

        var indexRow = new TableEntity(Partition, IndexKey(sentAt, id))
        {
            ["Id"] = id,
            ["Key"] = email.IdempotencyKey,
            ["To"] = rendered.To.Address,
            ["ToName"] = rendered.To.Name,
            ["Subject"] = Truncate(rendered.Subject, 1024),
            ["SentAt"] = sentAt,
            ["AttachmentCount"] = rendered.Attachments.Count,
        };

        var table = await _table.GetAsync(cancellationToken);
        try
        {
            await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, messageRow),
                    new TableTransactionAction(TableTransactionActionType.Add, indexRow),
                ],
                cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409 && e.ErrorCode == StorageErrorCodes.EntityAlreadyExists)
        {
            return false;
        }
    }

    /// <summary>A page of the mailbox, newest first; pass the previous page's token for the next.</summary>
    public async Task<DevMailPage> ListAsync(int pageSize = 50, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        var table = await _table.GetAsync(cancellationToken);

        // '`' follows '_' in ASCII: the range holds exactly the index rows.
        var filter = TableFilter.Create($"PartitionKey eq {Partition} and RowKey ge {IndexPrefix} and RowKey lt {"t`"}");
        var page = await table.QueryPageAsync(filter, top: pageSize, continuationToken: continuationToken, cancellationToken: cancellationToken);
        var messages = page.Entities.Select(row => new DevMailSummary(
            row.GetString("Id") ?? string.Empty,
            row.GetString("Key") ?? string.Empty,
            new EmailRecipient(row.GetString("To") ?? string.Empty, row.GetString("ToName")),
            row.GetString("Subject") ?? string.Empty,
            row.GetDateTimeOffset("SentAt") ?? DateTimeOffset.MinValue,
            row.GetInt32("AttachmentCount") ?? 0)).ToList();
        return new DevMailPage(messages, page.ContinuationToken);
    }

    /// <summary>One stored e-mail with its bodies and attachments; null when there is none with that id.</summary>
    public async Task<DevMailMessage?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsId(id))
        {
            return null;
        }

        var table = await _table.GetAsync(cancellationToken);
        var row = await table.GetEntityAsync(Partition, MessagePrefix + id, cancellationToken: cancellationToken);
        if (row is null)
        {
            return null;
        }

        return JsonSerializer.Deserialize<DevMailMessage>(row.GetBinaryChunks("Data"), Json);
    }

    /// <summary>The e-mail with <paramref name="idempotencyKey"/>, if stored.</summary>
    public Task<DevMailMessage?> GetByKeyAsync(string idempotencyKey, CancellationToken cancellationToken = default) =>
        GetAsync(IdFor(idempotencyKey), cancellationToken);

    /// <summary>Attachment <paramref name="index"/> (from 0) of a stored e-mail; null when either does not exist.</summary>
    public async Task<DevMailAttachment?> GetAttachmentAsync(string id, int index, CancellationToken cancellationToken = default)
    {
        var message = await GetAsync(id, cancellationToken);
        return message is not null && index >= 0 && index < message.Attachments.Count ? message.Attachments[index] : null;
    }

    /// <summary>The stored e-mail's id: a hash of its idempotency key (hex, 32 characters), safe in URLs and table keys.</summary>
    public static string IdFor(string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)).AsSpan(0, 16));
    }

    private async Task<string?> DeliverAsync(IReadOnlyList<OutgoingEmail> batch, CancellationToken cancellationToken)
    {
        foreach (var email in batch)
        {
            await StoreAsync(email, cancellationToken);
        }

        return batch.Count == 1 ? IdFor(batch[0].IdempotencyKey) : null;
    }

    private static string IndexKey(DateTimeOffset sentAt, string id) =>
        IndexPrefix + (DateTimeOffset.MaxValue.UtcTicks - sentAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "_" + id;

    private static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
