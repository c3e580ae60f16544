using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace HdndWorkflow.Email.Tests.Support;

/// <summary>
/// A storage pipeline policy that records every request ("POST /lostab", "POST /$batch", …) and, when given a path
/// suffix, lets the first POST to a path ending with it reach the service and then loses its answer, as a timeout under
/// load does: the client's retry policy sends the request again.
/// </summary>
public sealed class LostAnswers(string? losePostTo = null) : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<string> _requests = new();
    private int _lost;

    /// <summary>How many answers were lost.</summary>
    public int Lost => Volatile.Read(ref _lost);

    /// <summary>The requests sent so far, retries included, as "METHOD /path".</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The storage clients are asynchronous.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        var path = message.Request.Uri.Path;
        _requests.Enqueue($"{message.Request.Method} {path[path.IndexOf('/', 1)..]}");
        await ProcessNextAsync(message, pipeline);
        if (losePostTo is not null && message.Request.Method == RequestMethod.Post && path.EndsWith(losePostTo, StringComparison.Ordinal)
            && Interlocked.CompareExchange(ref _lost, 1, 0) == 0)
        {
            throw new IOException("The connection closed before the answer arrived.");
        }
    }
}
