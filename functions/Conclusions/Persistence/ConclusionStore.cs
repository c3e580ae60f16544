using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Conclusions.Model;
using Azure.Data.Tables;
using HdndWorkflow.Storage;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Persistence;

/// <summary>
/// Conclusions in Table Storage, table <c>Conclusions</c>, <b>one partition per council</b>. A conclusion is a header
/// row (<c>conclusion|{conference}</c>: status, outcome, review, number) with rows beside it for each revision, timeline
/// event and review comment, and the published article; the council's notice counters (<c>counter|{year}</c>) live in
/// the same partition. So every change is one entity group transaction guarded by the header's ETag (the header and the
/// rows it adds commit together or not at all), and a notice number is taken in the same transaction as the counter it
/// advances: see <see cref="AllocateNumberAsync"/>. A council issues a few hundred notices a year at most, far below
/// what one partition serves.
/// </summary>
internal sealed partial class ConclusionStore(TableServiceClient tables)
{
    public const string TableName = "Conclusions";

    // Letters as they are (at most 3 bytes a character), not escaped as \uXXXX (6): a revision holds the outcome, the
    // article and the notice in one entity of at most 1 MiB. The documents are never written into HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TableClient _table = tables.GetTableClient(TableName);

    public Task CreateTableAsync(CancellationToken cancellationToken) => _table.CreateIfNotExistsAsync(cancellationToken);

    /// <summary>The conclusion and its header's ETag; null when the conference has none yet. One point read.</summary>
    public async Task<(Conclusion Conclusion, ETag ETag)?> GetAsync(CouncilId council, ConferenceId id, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(council.Value, Keys.Header(id), cancellationToken: cancellationToken);
        return row.HasValue ? (Read<ConclusionDocument>(row.Value!).ToConclusion(), row.Value!.ETag) : null;
    }

    /// <summary>Stores a newly opened conclusion with its first events; false when it was opened already.</summary>
    public async Task<bool> OpenAsync(ConclusionUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var header = HeaderRow(update.Conclusion);
        try
        {
            await _table.SubmitOnceAsync([new(TableTransactionActionType.Add, header), .. Rows(update)], header, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Saves a change: the header (if still at <paramref name="etag"/>; 412 otherwise) and the rows the change adds,
    /// in one transaction. Returns the header's new ETag. A transaction whose answer was lost, and which the client sent
    /// again, is recognised by the header it wrote (<see cref="OwnWrites"/>): no conflict.
    /// </summary>
    public Task<ETag> SaveAsync(ConclusionUpdate update, ETag etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var header = HeaderRow(update.Conclusion);
        return _table.SubmitOnceAsync([new(TableTransactionActionType.UpdateReplace, header, etag), .. Rows(update)], header, cancellationToken);
    }

    public async Task<ConclusionRevision?> GetRevisionAsync(CouncilId council, ConferenceId id, int number, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(council.Value, Keys.Revision(id, number), cancellationToken: cancellationToken);
        return row.HasValue ? Read<RevisionDocument>(row.Value!).ToRevision() : null;
    }

    /// <summary>Who made each revision, when and how (the texts are not read).</summary>
    public async Task<IReadOnlyList<RevisionSummary>> ListRevisionsAsync(CouncilId council, ConferenceId id, CancellationToken cancellationToken)
    {
        var revisions = new List<RevisionSummary>();
        await foreach (var row in _table.QueryAsync<TableEntity>(Range(council, id, Keys.Revisions), select: ["Number", "RevisionKind", "At", "ByEmail", "ByName", "Note"], cancellationToken: cancellationToken))
        {
            revisions.Add(new RevisionSummary(
                row.GetInt32("Number") ?? 0,
                Enum.Parse<RevisionKind>(row.GetString("RevisionKind")!),
                Instant.FromDateTimeOffset(row.GetDateTimeOffset("At")!.Value),
                new Actor(row.GetString("ByEmail") ?? string.Empty, row.GetString("ByName") ?? string.Empty),
                row.GetString("Note")));
        }

        return [.. revisions.OrderBy(r => r.Number)];
    }

    /// <summary>The timeline, in the order it was recorded.</summary>
    public async Task<IReadOnlyList<TimelineEvent>> ListEventsAsync(CouncilId council, ConferenceId id, CancellationToken cancellationToken)
    {
        var events = new List<TimelineEvent>();
        await foreach (var row in _table.QueryAsync<TableEntity>(Range(council, id, Keys.Events), cancellationToken: cancellationToken))
        {
            events.Add(new TimelineEvent(
                row.GetInt32("Sequence") ?? 0,
                Enum.Parse<TimelineKind>(row.GetString("Event")!),
                Instant.FromDateTimeOffset(row.GetDateTimeOffset("At")!.Value),
                new Actor(row.GetString("ByEmail") ?? string.Empty, row.GetString("ByName") ?? string.Empty),
                row.GetInt32("Revision"),
                row.GetString("Detail")));
        }

        return [.. events.OrderBy(e => e.Sequence)];
    }

    public async Task<IReadOnlyList<ReviewComment>> ListCommentsAsync(CouncilId council, ConferenceId id, CancellationToken cancellationToken)
    {
        var comments = new List<ReviewComment>();
        await foreach (var row in _table.QueryAsync<TableEntity>(Range(council, id, Keys.Comments), cancellationToken: cancellationToken))
        {
            comments.Add(new ReviewComment(
                row.GetInt32("Sequence") ?? 0,
                row.GetInt32("Round") ?? 0,
                Enum.Parse<ReviewKind>(row.GetString("ReviewKind")!),
                row.GetInt32("Revision") ?? 0,
                row.GetBoolean("Accepted") ?? false,
                Instant.FromDateTimeOffset(row.GetDateTimeOffset("At")!.Value),
                new Actor(row.GetString("ByEmail") ?? string.Empty, row.GetString("ByName") ?? string.Empty),
                row.GetString("Text") ?? string.Empty));
        }

        return [.. comments.OrderBy(c => c.Sequence)];
    }

    public async Task<PublishedArticle?> GetPublishedAsync(CouncilId council, ConferenceId id, CancellationToken cancellationToken)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(council.Value, Keys.Published(id), cancellationToken: cancellationToken);
        return row.HasValue ? Read<PublishedDocument>(row.Value!).ToArticle() : null;
    }

    /// <summary>Every article ever published (withdrawn ones too), of one council or of all, newest first.</summary>
    public async Task<IReadOnlyList<PublishedArticle>> ListPublishedAsync(CouncilId? council, CancellationToken cancellationToken)
    {
        var filter = council is { } c
            ? TableClient.CreateQueryFilter($"PartitionKey eq {c.Value} and Kind eq {Keys.PublishedKind}")
            : TableClient.CreateQueryFilter($"Kind eq {Keys.PublishedKind}");
        var articles = new List<PublishedArticle>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            articles.Add(Read<PublishedDocument>(row).ToArticle());
        }

        return [.. articles.OrderByDescending(a => a.PublishedAt)];
    }

    private static IEnumerable<TableTransactionAction> Rows(ConclusionUpdate update)
    {
        var c = update.Conclusion;
        foreach (var e in update.Events)
        {
            var row = new TableEntity(c.Council.Value, Keys.Event(c.Conference, e.Sequence))
            {
                ["Kind"] = "event",
                ["Sequence"] = e.Sequence,
                ["Event"] = e.Kind.ToString(),
                ["At"] = e.At.ToDateTimeOffset(),
                ["ByEmail"] = e.By.Email,
                ["ByName"] = e.By.Name,
            };
            if (e.Revision is { } revision)
            {
                row["Revision"] = revision;
            }

            if (e.Detail is { } detail)
            {
                row["Detail"] = detail;
            }

            yield return new(TableTransactionActionType.Add, row);
        }

        if (update.Revision is { } r)
        {
            var row = new TableEntity(c.Council.Value, Keys.Revision(c.Conference, r.Number))
            {
                ["Kind"] = "revision",
                ["Number"] = r.Number,
                ["RevisionKind"] = r.Kind.ToString(),
                ["At"] = r.At.ToDateTimeOffset(),
                ["ByEmail"] = r.By.Email,
                ["ByName"] = r.By.Name,
            };
            if (r.Note is { } note)
            {
                row["Note"] = note;
            }

            row.SetBinaryChunks("Document", JsonSerializer.SerializeToUtf8Bytes(RevisionDocument.From(r), Json));
            yield return new(TableTransactionActionType.Add, row);
        }

        if (update.Comment is { } k)
        {
            yield return new(TableTransactionActionType.Add, new TableEntity(c.Council.Value, Keys.Comment(c.Conference, k.Sequence))
            {
                ["Kind"] = "comment",
                ["Sequence"] = k.Sequence,
                ["Round"] = k.Round,
                ["ReviewKind"] = k.Kind.ToString(),
                ["Revision"] = k.Revision,
                ["Accepted"] = k.Accepted,
                ["At"] = k.At.ToDateTimeOffset(),
                ["ByEmail"] = k.By.Email,
                ["ByName"] = k.By.Name,
                ["Text"] = k.Text,
            });
        }

        if (update.Published is { } p)
        {
            var row = new TableEntity(c.Council.Value, Keys.Published(c.Conference))
            {
                ["Kind"] = Keys.PublishedKind,
                ["Title"] = p.Article.Title,
                ["Withdrawn"] = p.IsWithdrawn,
                ["PublishedAt"] = p.PublishedAt.ToDateTimeOffset(),
                ["UpdatedAt"] = p.UpdatedAt.ToDateTimeOffset(),
            };
            row.SetBinaryChunks("Document", JsonSerializer.SerializeToUtf8Bytes(PublishedDocument.From(p), Json));
            yield return new(TableTransactionActionType.UpsertReplace, row);
        }
    }

    private static TableEntity HeaderRow(Conclusion c)
    {
        var row = new TableEntity(c.Council.Value, Keys.Header(c.Conference))
        {
            ["Kind"] = "conclusion",
            ["Conference"] = c.Conference.Value,
            ["Title"] = c.Title,
            ["Status"] = c.Status.ToString(),
            ["Revision"] = c.Revision,
        };
        row.SetBinaryChunks("Document", JsonSerializer.SerializeToUtf8Bytes(ConclusionDocument.From(c), Json));
        return row;
    }

    private static T Read<T>(TableEntity row) => JsonSerializer.Deserialize<T>(row.GetBinaryChunks("Document"), Json)!;

    private static string Range(CouncilId council, ConferenceId id, string kind)
    {
        var prefix = Keys.Prefix(id, kind);
        return TableClient.CreateQueryFilter($"PartitionKey eq {council.Value} and RowKey gt {prefix} and RowKey lt {prefix + "~"}");
    }

    /// <summary>The row keys of the council's partition.</summary>
    internal static class Keys
    {
        public const string PublishedKind = "published";
        public const string Events = "event";
        public const string Revisions = "revision";
        public const string Comments = "comment";

        public static string Header(ConferenceId id) => $"conclusion|{id}";

        public static string Prefix(ConferenceId id, string kind) => $"conclusion|{id}|{kind}|";

        public static string Event(ConferenceId id, int sequence) => Prefix(id, Events) + sequence.ToString("D5", CultureInfo.InvariantCulture);

        public static string Revision(ConferenceId id, int number) => Prefix(id, Revisions) + number.ToString("D4", CultureInfo.InvariantCulture);

        public static string Comment(ConferenceId id, int sequence) => Prefix(id, Comments) + sequence.ToString("D4", CultureInfo.InvariantCulture);

        public static string Published(ConferenceId id) => $"conclusion|{id}|published";

        /// <summary>The council's counter of notices issued in <paramref name="year"/>.</summary>
        public static string Counter(int year) => string.Create(CultureInfo.InvariantCulture, $"counter|{year}");

        /// <summary>The row that holds number <paramref name="sequence"/> of <paramref name="year"/>: a number is taken once.</summary>
        public static string Number(int year, int sequence) => string.Create(CultureInfo.InvariantCulture, $"number|{year}|{sequence:D6}");
    }
}

/// <summary>A revision's who, when and how, without its texts.</summary>
public sealed record RevisionSummary(int Number, RevisionKind Kind, Instant At, Actor By, string? Note);
