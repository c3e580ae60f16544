using Azure.Core;
using Azure.Core.Pipeline;

namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>The storage service a request went to.</summary>
internal enum StorageService
{
    Blob,
    Queue,
    Table,
}

/// <summary>Who made a request: the engine's worker, the benchmark starting instances (the client), or the benchmark waiting for them.</summary>
internal enum RequestOrigin
{
    Worker,
    Schedule,
    Observer,
}

/// <summary>
/// Counts every HTTP request of the task hub's storage clients, by service and by origin. The policy sits in each
/// client's pipeline per try, so retries count. The origin flows with the benchmark's own calls (an async local): a
/// request made inside <see cref="InAsync{T}"/> is the client's or the observer's, any other the worker's.
/// </summary>
internal sealed class RequestCounter
{
    private static readonly AsyncLocal<RequestOrigin> Origin = new();
    private readonly long[,] _counts = new long[3, 3];

    /// <summary>Runs <paramref name="call"/> with its storage requests charged to <paramref name="origin"/>.</summary>
    public static async Task<T> InAsync<T>(RequestOrigin origin, Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        Origin.Value = origin;
        return await call();
    }

    /// <summary>A pipeline policy that counts the requests of one service's client.</summary>
    public HttpPipelinePolicy PolicyFor(StorageService service) => new CountingPolicy(this, service);

    public RequestSnapshot Snapshot()
    {
        long Read(RequestOrigin origin, StorageService service) => Interlocked.Read(ref _counts[(int)origin, (int)service]);
        return new RequestSnapshot(
            Read(RequestOrigin.Worker, StorageService.Blob), Read(RequestOrigin.Worker, StorageService.Queue), Read(RequestOrigin.Worker, StorageService.Table),
            Enum.GetValues<StorageService>().Sum(s => Read(RequestOrigin.Schedule, s)),
            Enum.GetValues<StorageService>().Sum(s => Read(RequestOrigin.Observer, s)));
    }

    private sealed class CountingPolicy(RequestCounter counter, StorageService service) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref counter._counts[(int)Origin.Value, (int)service]);
    }
}

/// <summary>Requests counted so far: the worker's by service, the client's starting instances, and the benchmark's waiting reads.</summary>
internal readonly record struct RequestSnapshot(long Blob, long Queue, long Table, long Schedule, long Observer)
{
    /// <summary>The worker's requests.</summary>
    public long Worker => Blob + Queue + Table;

    public static RequestSnapshot operator -(RequestSnapshot a, RequestSnapshot b) =>
        new(a.Blob - b.Blob, a.Queue - b.Queue, a.Table - b.Table, a.Schedule - b.Schedule, a.Observer - b.Observer);
}
