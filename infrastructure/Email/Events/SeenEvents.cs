using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Email.Events;

/// <summary>
/// The event ids already handled, table <see cref="EventWebhookOptions.SeenEventsTable"/>: a row per
/// <c>sg_event_id</c> (RowKey its SHA-256, since an id may hold characters a key may not), partitioned by the day of the
/// event's own timestamp, which stays the same when SendGrid delivers the event again. Whole days older than
/// <see cref="EventWebhookOptions.RememberDays"/> are deleted now and then: by then SendGrid has stopped retrying (24 h)
/// and a captured request is long past its signed timestamp's window.
/// </summary>
internal sealed class SeenEvents(TableServiceClient tables, IOptions<EventWebhookOptions> options, TimeProvider time)
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);
    private readonly TableOnce _table = new(tables.GetTableClient(options.Value.SeenEventsTable));
    private long _lastPurgeTicks;

    /// <summary>Records the events; returns those not recorded before (the others are replays or redeliveries).</summary>
    public async Task<IReadOnlyList<DeliveryEvent>> ClaimAsync(IReadOnlyList<DeliveryEvent> events, CancellationToken cancellationToken)
    {
        var table = await _table.GetAsync(cancellationToken);
        var fresh = new List<DeliveryEvent>();
        foreach (var item in events.DistinctBy(e => e.EventId))
        {
            try
            {
                await table.AddEntityAsync(new TableEntity(Day(item.At), Key(item.EventId)), cancellationToken);
                fresh.Add(item);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Seen before.
            }
        }

        return fresh;
    }

    /// <summary>Forgets events whose handling failed, so that SendGrid's retry handles them.</summary>
    public async Task ReleaseAsync(IReadOnlyList<DeliveryEvent> events, CancellationToken cancellationToken)
    {
        var table = await _table.GetAsync(cancellationToken);
        foreach (var item in events)
        {
            await table.DeleteEntityAsync(Day(item.At), Key(item.EventId), ETag.All, cancellationToken);
        }
    }

    /// <summary>Deletes the days past remembering, at most once an hour per process.</summary>
    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var last = Interlocked.Read(ref _lastPurgeTicks);
        if (now.UtcTicks - last < PurgeEvery.Ticks || Interlocked.CompareExchange(ref _lastPurgeTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        var table = await _table.GetAsync(cancellationToken);
        var cutoff = Day(now.AddDays(-options.Value.RememberDays));
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey lt {cutoff}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }
    }

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Key(string eventId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventId)));
}
