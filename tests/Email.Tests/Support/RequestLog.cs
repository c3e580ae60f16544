using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace HdndWorkflow.Email.Tests.Support;

/// <summary>
/// A storage pipeline policy that records every request ("POST /lostab", "POST /$batch", …), retries included, to count
/// what a client sends. Faults come from <see cref="Testing.StorageFaults"/>.
/// </summary>
public sealed class RequestLog : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<string> _requests = new();

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
    }
}
