using Azure.Core;
using Azure.Core.Pipeline;

namespace HdndWorkflow.Storage;

/// <summary>
/// An Azure SDK pipeline policy that every storage client gets, the app's (tables, queues, blobs) and the workflow
/// engine's alike, when it is registered in the service container. Production registers none; the resilience tests
/// register one that injects faults (tests/Testing/StorageFaults.cs). <see cref="HttpPipelinePosition.PerRetry"/>
/// places it inside the client's retries, so each try meets it, as each try meets the network.
/// </summary>
public sealed record StoragePipelinePolicy(HttpPipelinePolicy Policy, HttpPipelinePosition Position = HttpPipelinePosition.PerRetry)
{
    /// <summary>Adds each of <paramref name="policies"/> to <paramref name="options"/>; returns the options.</summary>
    public static T AddTo<T>(T options, IEnumerable<StoragePipelinePolicy> policies)
        where T : ClientOptions
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(policies);
        foreach (var policy in policies)
        {
            options.AddPolicy(policy.Policy, policy.Position);
        }

        return options;
    }
}
