namespace HdndWorkflow.DurableTask.Benchmarks;

/// <summary>The HTTP connection pool of a client: zero keeps the .NET default (unlimited connections, 1 min idle).</summary>
internal sealed record ConnectionSettings(int MaxConnections, TimeSpan IdleTimeout)
{
    public bool IsDefault => MaxConnections == 0 && IdleTimeout == TimeSpan.Zero;
}
