using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Azure;
using Azure.Storage.Queues;
using HdndWorkflow.TaskHub;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Telemetry;

/// <summary>
/// The <c>hdnd.taskhub.queue.depth</c> gauge: the approximate message count of each of the task hub's control queues and
/// of its work-item queue, as Queue storage reports it. Read every <see cref="TelemetryOptions.QueueDepthInterval"/> and
/// cached, so that a collector scraping often costs no storage calls; a queue not read yet (or missing) is not reported.
/// </summary>
internal sealed class QueueDepthGauge : BackgroundService
{
    private readonly QueueServiceClient _queues;
    private readonly IReadOnlyList<string> _names;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly ILogger<QueueDepthGauge> _logger;
    private readonly ConcurrentDictionary<string, int> _depths = new(StringComparer.Ordinal);

    public QueueDepthGauge(
        QueueServiceClient queues, IOptions<TaskHubOptions> hub, IOptions<TelemetryOptions> options, AppMetrics metrics, TimeProvider time, ILogger<QueueDepthGauge> logger)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(metrics);
        _queues = queues;
        _names = hub.Value.QueueNames();
        _interval = options.Value.QueueDepthInterval;
        _time = time;
        _logger = logger;
        metrics.Meter.CreateObservableGauge(
            "hdnd.taskhub.queue.depth",
            () => _depths.Select(d => new Measurement<int>(d.Value, new KeyValuePair<string, object?>("queue", d.Key))),
            "{message}",
            "Approximate number of messages in each of the task hub's control and work-item queues.");
    }

    /// <summary>Reads every queue's approximate count once.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        foreach (var name in _names)
        {
            try
            {
                var properties = await _queues.GetQueueClient(name).GetPropertiesAsync(cancellationToken);
                _depths[name] = properties.Value.ApproximateMessagesCount;
            }
            catch (RequestFailedException e)
            {
                // Storage unreachable or the queue gone: the last value would mislead, so the queue is not reported.
                _depths.TryRemove(name, out _);
                Logs.QueueDepthUnread(_logger, name, e.Status, e.ErrorCode);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, _time);
        do
        {
            await RefreshAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
