using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Azure.Core;
using Azure.Core.Pipeline;
using HdndWorkflow.Storage;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>
/// Counts the storage requests of the clients whose options it made, in their HttpPipeline: every attempt (a policy
/// per retry) by origin and kind, empty queue receives apart, failures by status; and calls (a policy per call), so
/// retries show as attempts minus calls.
/// </summary>
internal sealed class RequestCounter
{
    private readonly ConcurrentDictionary<(string Origin, string Kind), StrongBox<long>> _attempts = new();
    private readonly ConcurrentDictionary<string, StrongBox<long>> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<long>> _elapsedTicks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StrongBox<long>> _longestTicks = new(StringComparer.Ordinal);
    private long _calls;

    /// <summary>Client options whose pipeline counts into this counter.</summary>
    public StorageClientOptions OptionsFor(StorageKind service, ConnectionSettings? connections = null)
    {
        var options = new StorageClientOptions();
        if (connections is { IsDefault: false } c)
        {
            var handler = new SocketsHttpHandler();
            if (c.MaxConnections > 0)
            {
                handler.MaxConnectionsPerServer = c.MaxConnections;
            }

            if (c.IdleTimeout > TimeSpan.Zero)
            {
                handler.PooledConnectionIdleTimeout = c.IdleTimeout;
            }

            options.Transport = new HttpClientTransport(handler);
        }

        options.AddPolicy(new CallPolicy(this), HttpPipelinePosition.PerCall);
        options.AddPolicy(new AttemptPolicy(this, service), HttpPipelinePosition.PerRetry);
        return options;
    }

    /// <summary>What has been counted so far.</summary>
    public RequestSnapshot Snapshot() => new(
        _attempts.ToDictionary(p => p.Key, p => Interlocked.Read(ref p.Value.Value)),
        _failures.ToDictionary(p => p.Key, p => Interlocked.Read(ref p.Value.Value), StringComparer.Ordinal),
        _elapsedTicks.ToDictionary(p => p.Key, p => Interlocked.Read(ref p.Value.Value), StringComparer.Ordinal),
        Interlocked.Read(ref _calls));

    private void CountAttempt(string origin, string kind, long elapsedTicks)
    {
        Interlocked.Increment(ref _attempts.GetOrAdd((origin, kind), static _ => new StrongBox<long>()).Value);
        Interlocked.Add(ref _elapsedTicks.GetOrAdd(kind, static _ => new StrongBox<long>()).Value, elapsedTicks);
        var longest = _longestTicks.GetOrAdd(kind, static _ => new StrongBox<long>());
        for (var seen = Interlocked.Read(ref longest.Value); elapsedTicks > seen; seen = Interlocked.Read(ref longest.Value))
        {
            if (Interlocked.CompareExchange(ref longest.Value, elapsedTicks, seen) == seen)
            {
                break;
            }
        }
    }

    /// <summary>The longest attempt of each kind so far, in milliseconds (over the whole run, not a window).</summary>
    public IReadOnlyDictionary<string, double> LongestMillisecondsByKind() =>
        _longestTicks.OrderByDescending(p => p.Value.Value)
            .ToDictionary(p => p.Key, p => Math.Round(Interlocked.Read(ref p.Value.Value) * 1000.0 / Stopwatch.Frequency, 1), StringComparer.Ordinal);

    private void CountFailure(string kind, string what) =>
        Interlocked.Increment(ref _failures.GetOrAdd($"{kind}_{what}", static _ => new StrongBox<long>()).Value);

    private sealed class CallPolicy(RequestCounter counter) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref counter._calls);
    }

    private sealed class AttemptPolicy(RequestCounter counter, StorageKind service) : HttpPipelinePolicy
    {
        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var origin = RequestOrigin.Name;
            var kind = RequestKind.Of(service, message.Request);
            var started = Stopwatch.GetTimestamp();
            try
            {
                await ProcessNextAsync(message, pipeline);
            }
            catch (Exception e)
            {
                // Network timeouts and resets: the retry policy sends the request again, counted as another attempt.
                counter.CountFailure(kind, Describe(e));
                throw;
            }
            finally
            {
                counter.CountAttempt(origin, Refine(kind, message), Stopwatch.GetTimestamp() - started);
            }

            if (message.HasResponse && message.Response.Status >= 400)
            {
                counter.CountFailure(kind, message.Response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The storage clients only send asynchronously.");

        // Transport failures arrive as RequestFailedException (status 0) around the HttpRequestException and its cause.
        private static string Describe(Exception e) => e switch
        {
            Azure.RequestFailedException { Status: 0, InnerException: { } inner } => Describe(inner),
            HttpRequestException { InnerException: System.Net.Sockets.SocketException socket } => $"socket_{socket.SocketErrorCode}",
            HttpRequestException { InnerException: IOException { InnerException: System.Net.Sockets.SocketException socket } } => $"socket_{socket.SocketErrorCode}",
            HttpRequestException { HttpRequestError: var error } => $"http_{error}",
            _ => e.GetType().Name,
        };

        // A receive that found nothing is an idle poll: told apart by the absence of a message in the buffered body.
        private static string Refine(string kind, HttpMessage message) =>
            kind == RequestKind.QueueReceive && message.HasResponse && message.Response.Status == 200
                && message.Response.ContentStream is MemoryStream
                && message.Response.Content.ToMemory().Span.IndexOf("<QueueMessage>"u8) < 0
                ? RequestKind.QueueReceiveEmpty
                : kind;
    }
}
