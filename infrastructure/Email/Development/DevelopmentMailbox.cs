using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using HdndWorkflow.Email.Outbox;
using HdndWorkflow.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Email.Development;

/// <summary>
/// The e-mail transport of Development runs without a SendGrid key: every e-mail is stored in a table (default "DevMail") instead
/// of being sent, to be read at /dev/mail and /api/dev/mail (see <see cref="DevelopmentMailboxEndpoints"/>). Sending goes
/// through the same <see cref="EmailOutbox"/> ledger as SendGrid, so idempotency behaves alike. Like a provider, the
/// mailbox keeps every e-mail handed to it: the same key delivered twice is two e-mails (the second listed with an id
/// of its own), so that a duplicate the ledger let through shows. Unlike SendGrid it can say which keys it accepted
/// (<see cref="FindAcceptedAsync"/>), so claims a killed attempt left "sending" are settled without a second e-mail.
/// </summary>
/// <remarks>
/// Layout: a message row holding the e-mail as gzipped JSON in 64 KiB binary chunks (bodies and attachments easily exceed a
/// string property's 32 K characters) and what the list shows, with row key {id} in partition "m_{first hex digit of
/// the id}" (sixteen partitions: the messages of a batch share a few, and are inserted a transaction per partition);
/// and an index row holding what the list shows, in partition "t_{inverted second}" with row key
/// "{inverted time}_{id}", so that a range query over those partitions reads the newest first, a page at a time.
/// The message rows are inserted first, each marked with its delivery (a fresh id per call): a second delivery of the
/// same key meets the first's row (409; a transaction meeting one is refused whole, and its rows are then inserted one
/// by one) and is stored beside it as a duplicate, under an id made of the key and its delivery; a row of the same
/// delivery is this call's own insert, sent again by the client after a lost answer, and no duplicate. The index rows
/// follow, those of the e-mails stored together in one transaction; an index row is keyed by its stored message's
/// time, so a store that stopped between the two is completed when <see cref="FindAcceptedAsync"/> finds its message.
/// The first e-mail of a key has the hash of the key as its id, so links to it stay valid across runs.
/// </remarks>
public sealed class DevelopmentMailbox : IEmailSender
{
    /// <summary>The transport's name in the ledger.</summary>
    public const string TransportName = "DevelopmentMailbox";

    private const string MessagePrefix = "m_";
    private const string IndexPrefix = "t_";
    private const int ChunkBytes = StorageLimits.MaxBinaryBytes;
    private const int MaxChunks = 14;
    private const string DeliveryColumn = "Delivery";

    /// <summary>
    /// E-mails stored per ledger batch (claimed, stored, confirmed together), as many as a conference mailing hands over
    /// at once: their ledger and message rows go in a transaction per partition, their index rows in one.
    /// </summary>
    private const int BatchSize = 100;

    /// <summary>The stored bytes of the messages in one transaction: base64 makes them 4/3 as many, within the 4 MiB limit.</summary>
    private const int TransactionDataBytes = 2 * 1024 * 1024;

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
        _delivery = new OutboxDelivery(outbox, logger, new OutboxDelivery.Settlement(FindAcceptedAsync, _options.SettleClaimsAfter, time));
        _time = time;
    }

    /// <inheritdoc />
    public Task<EmailSendResult> SendAsync(IReadOnlyList<OutgoingEmail> emails, CancellationToken cancellationToken = default)
    {
        OutgoingEmailValidation.Validate(emails);
        IReadOnlyList<IReadOnlyList<OutgoingEmail>> batches = [.. emails.Chunk(BatchSize)];
        return _delivery.RunAsync(TransportName, emails, batches, DeliverAsync, maxConcurrentBatches: 2, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// A key is accepted when its first e-mail's row exists. That e-mail is listed too: a store that stopped between
    /// its message and index rows is completed here.
    /// </remarks>
    public async Task<IReadOnlySet<string>?> FindAcceptedAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var table = await _table.GetAsync(cancellationToken);
        var found = new TableEntity?[keys.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, keys.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _options.LedgerConcurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var id = IdFor(keys[i]);
                var row = await table.GetEntityIfExistsAsync<TableEntity>(MessagePartition(id), id, SummaryColumns, token);
                found[i] = row.HasValue ? IndexRow(row.Value!) : null;
            });
        await WriteIndexAsync(table, found.OfType<TableEntity>(), cancellationToken);
        return keys.Where((_, i) => found[i] is not null).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Stores one e-mail; false when an e-mail with its idempotency key was stored before (both are kept).</summary>
    public async Task<bool> StoreAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        OutgoingEmailValidation.Validate([email]);
        return (await StoreAllAsync([email], cancellationToken))[0];
    }

    // The message rows are inserted a transaction per partition; a transaction refused because one of its rows exists
    // (its key was stored before, or this delivery's insert was sent twice) is inserted row by row instead. Then the
    // index rows of all of them are written in one transaction per index partition (the e-mails of a call share their
    // time, so usually one). Writing an index row again changes nothing: its keys and content come from the stored message.
    private async Task<bool[]> StoreAllAsync(IReadOnlyList<OutgoingEmail> emails, CancellationToken cancellationToken)
    {
        var sentAt = _time.GetUtcNow();
        var delivery = Guid.NewGuid().ToString("N");
        var table = await _table.GetAsync(cancellationToken);
        var stored = new bool[emails.Count];
        var index = new TableEntity?[emails.Count];
        var messages = emails.Select((email, i) => (Index: i, Row: MessageRow(email, IdFor(email.IdempotencyKey), delivery, sentAt, out var bytes), Bytes: bytes));
        await Parallel.ForEachAsync(
            messages.GroupBy(m => m.Row.PartitionKey, StringComparer.Ordinal).SelectMany(TransactionChunks),
            new ParallelOptions { MaxDegreeOfParallelism = _options.LedgerConcurrency, CancellationToken = cancellationToken },
            async (chunk, token) =>
            {
                try
                {
                    await table.SubmitTransactionAsync([.. chunk.Select(m => new TableTransactionAction(TableTransactionActionType.Add, m.Row))], token);
                    foreach (var (i, row, _) in chunk)
                    {
                        (stored[i], index[i]) = (true, IndexRow(row));
                    }
                }
                catch (TableTransactionFailedException e) when (e.Status == 409 && e.ErrorCode == StorageErrorCodes.EntityAlreadyExists)
                {
                    foreach (var (i, row, _) in chunk)
                    {
                        (stored[i], index[i]) = await StoreOneAsync(table, emails[i], row, sentAt, token);
                    }
                }
            });

        await WriteIndexAsync(table, index.OfType<TableEntity>(), cancellationToken);
        return stored;
    }

    // Inserts one message row. When a row of another delivery holds its id, the key was stored before: this e-mail is
    // stored beside it, as a duplicate with an id of its own (its insert, sent twice, finds its own row).
    private async Task<(bool First, TableEntity Index)> StoreOneAsync(
        TableClient table, OutgoingEmail email, TableEntity message, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        var delivery = message.GetString(DeliveryColumn)!;
        if (await AddOrFindOwnAsync(table, message, cancellationToken))
        {
            return (true, IndexRow(message));
        }

        var duplicate = MessageRow(email, IdFor(email.IdempotencyKey + "#" + delivery), delivery, sentAt, out _);
        return await AddOrFindOwnAsync(table, duplicate, cancellationToken)
            ? (false, IndexRow(duplicate))
            : throw new InvalidOperationException($"The development mailbox's row {duplicate.RowKey} belongs to another delivery.");
    }

    // True when the row was inserted now, or before by the same delivery; false when another delivery's row has its keys.
    private static async Task<bool> AddOrFindOwnAsync(TableClient table, TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(row, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409 && e.ErrorCode == StorageErrorCodes.EntityAlreadyExists)
        {
            var found = await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, [DeliveryColumn], cancellationToken);
            return found.HasValue && found.Value!.GetString(DeliveryColumn) == row.GetString(DeliveryColumn);
        }
    }

    // Index rows a transaction per index partition: writing one again changes nothing.
    private static async Task WriteIndexAsync(TableClient table, IEnumerable<TableEntity> index, CancellationToken cancellationToken)
    {
        foreach (var partition in index.GroupBy(row => row.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(StorageLimits.MaxTransactionActions))
            {
                await table.SubmitTransactionAsync([.. chunk.Select(row => new TableTransactionAction(TableTransactionActionType.UpsertReplace, row))], cancellationToken);
            }
        }
    }

    // A partition's messages in chunks a transaction can take: at most 100 rows and TransactionDataBytes of data.
    private static IEnumerable<(int Index, TableEntity Row, int Bytes)[]> TransactionChunks(IEnumerable<(int Index, TableEntity Row, int Bytes)> partition)
    {
        var chunk = new List<(int Index, TableEntity Row, int Bytes)>();
        var bytes = 0;
        foreach (var message in partition)
        {
            if (chunk.Count == StorageLimits.MaxTransactionActions || (chunk.Count > 0 && bytes + message.Bytes > TransactionDataBytes))
            {
                yield return [.. chunk];
                (chunk, bytes) = ([], 0);
            }

            chunk.Add(message);
            bytes += message.Bytes;
        }

        if (chunk.Count > 0)
        {
            yield return [.. chunk];
        }
    }

    private TableEntity MessageRow(OutgoingEmail email, string id, string delivery, DateTimeOffset sentAt, out int bytes)
    {
        var rendered = email.Render();
        var customArgs = new Dictionary<string, string>(rendered.CustomArgs, StringComparer.Ordinal)
        {
            [EmailCustomArgs.EmailKey] = email.IdempotencyKey,
        };
        var message = new DevMailMessage(
            id,
            email.IdempotencyKey,
            new EmailRecipient(_options.FromAddress, _options.FromName),
            email.ReplyTo ?? (string.IsNullOrWhiteSpace(_options.ReplyToAddress) ? null : new EmailRecipient(_options.ReplyToAddress, _options.ReplyToName)),
            rendered.To,
            rendered.Subject,
            rendered.Html,
            rendered.Text,
            [.. rendered.Attachments.Select(a => new DevMailAttachment(a.FileName, a.ContentType, a.Content))],
            customArgs,
            sentAt);

        var data = Compress(JsonSerializer.SerializeToUtf8Bytes(message, Json));
        if (data.Length > ChunkBytes * MaxChunks)
        {
            throw new ArgumentException(
                $"E-mail '{email.IdempotencyKey}' is {data.Length:N0} bytes compressed; the development mailbox holds up to {ChunkBytes * MaxChunks:N0}.", nameof(email));
        }

        var row = Summary(new TableEntity(MessagePartition(id), id), id, email.IdempotencyKey, rendered.To, rendered.Subject, sentAt, rendered.Attachments.Count);
        row.SetBinaryChunks("Data", data);
        row[DeliveryColumn] = delivery;
        bytes = data.Length;
        return row;
    }

    /// <summary>A page of the mailbox, newest first; pass the previous page's token for the next.</summary>
    public async Task<DevMailPage> ListAsync(int pageSize = 50, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        var table = await _table.GetAsync(cancellationToken);

        // '`' follows '_' in ASCII: the range holds exactly the index rows' partitions.
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {IndexPrefix} and PartitionKey lt {"t`"}");
        var page = await table.QueryAsync<TableEntity>(filter, pageSize, SummaryColumns, cancellationToken)
            .AsPages(continuationToken, pageSize).FirstAsync(cancellationToken);
        var messages = page.Values.Select(row => new DevMailSummary(
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
        var row = await table.GetEntityIfExistsAsync<TableEntity>(MessagePartition(id), id, cancellationToken: cancellationToken);
        return row.HasValue ? await ReadAsync(row.Value!, cancellationToken) : null;
    }

    /// <summary>Every stored e-mail with its bodies and attachments, in no particular order (tools that check a mailing).</summary>
    public async IAsyncEnumerable<DevMailMessage> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken);

        // '`' follows '_' in ASCII: the range holds exactly the message rows' partitions.
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {MessagePrefix} and PartitionKey lt {"m`"}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return await ReadAsync(row, cancellationToken);
        }
    }

    /// <summary>The first e-mail with <paramref name="idempotencyKey"/>, if stored.</summary>
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
        await StoreAllAsync(batch, cancellationToken);
        return batch.Count == 1 ? IdFor(batch[0].IdempotencyKey) : null;
    }

    /// <summary>What the list shows, on the message row and on the index row alike.</summary>
    private static readonly string[] SummaryColumns = ["Id", "Key", "To", "ToName", "Subject", "SentAt", "AttachmentCount"];

    private static TableEntity Summary(TableEntity row, string id, string key, EmailRecipient to, string subject, DateTimeOffset sentAt, int attachments)
    {
        (row["Id"], row["Key"], row["To"], row["ToName"]) = (id, key, to.Address, to.Name);
        (row["Subject"], row["SentAt"], row["AttachmentCount"]) = (Truncate(subject, 1024), sentAt, attachments);
        return row;
    }

    // The index row of a stored message, keyed by the message's own time (partition: its second, newest first; row:
    // its ticks, newest first, and id), so it is the same row however often it is written.
    private static TableEntity IndexRow(TableEntity message)
    {
        var id = message.GetString("Id") ?? string.Empty;
        var sentAt = message.GetDateTimeOffset("SentAt") ?? DateTimeOffset.MinValue;
        var inverted = DateTimeOffset.MaxValue.UtcTicks - sentAt.UtcTicks;
        return Summary(
            new TableEntity(
                IndexPrefix + (inverted - (inverted % TimeSpan.TicksPerSecond)).ToString("D19", CultureInfo.InvariantCulture),
                inverted.ToString("D19", CultureInfo.InvariantCulture) + "_" + id),
            id, message.GetString("Key") ?? string.Empty,
            new EmailRecipient(message.GetString("To") ?? string.Empty, message.GetString("ToName")),
            message.GetString("Subject") ?? string.Empty, sentAt, message.GetInt32("AttachmentCount") ?? 0);
    }

    // The message's JSON, gzipped: letters repeat their markup, and a tenth of the bytes is a tenth of the storage
    // emulator's work when a conference's thousands of invitations are stored.
    private static byte[] Compress(byte[] json)
    {
        using var compressed = new MemoryStream(json.Length / 4);
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
        {
            gzip.Write(json);
        }

        return compressed.ToArray();
    }

    private static async Task<DevMailMessage> ReadAsync(TableEntity row, CancellationToken cancellationToken)
    {
        using var data = new GZipStream(new MemoryStream(row.GetBinaryChunks("Data")), CompressionMode.Decompress);
        return await JsonSerializer.DeserializeAsync<DevMailMessage>(data, Json, cancellationToken)
            ?? throw new InvalidDataException($"The stored e-mail {row.RowKey} is empty.");
    }

    private static string MessagePartition(string id) => MessagePrefix + id[..1];

    private static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
