using System.Globalization;
using System.Text.Json;
using HdndWorkflow.DurableTask.Storage;
using HdndWorkflow.DurableTask.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HdndWorkflow.DurableTask.Hosting;

/// <summary>
/// The Azure Functions custom-handler host: the Functions host's queue trigger on control queue <c>n</c> posts each
/// message to <c>/DurableControl{n}</c> as <c>{"Data":{"message":…},"Metadata":{"DequeueCount":…}}</c> and retries
/// it on a non-2xx answer. A message that has failed its last allowed delivery is parked and its instance failed.
/// </summary>
public static class DurableTaskEndpoints
{
    /// <summary>The queue-trigger functions' name prefix; function.json folders are DurableControl00, DurableControl01, ….</summary>
    public const string FunctionPrefix = "DurableControl";

    /// <summary>Maps <c>POST /DurableControl{nn}</c> for the Functions host's queue-trigger invocations.</summary>
    public static IEndpointRouteBuilder MapDurableTaskQueueTriggers(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost($"/{FunctionPrefix}{{partition:int}}", InvokeAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> InvokeAsync(HttpRequest request, TaskHubWorker worker, CancellationToken cancellationToken)
    {
        using var invocation = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        var root = invocation.RootElement;
        var body = MessageBody(root.GetProperty("Data"));
        var dequeueCount = DequeueCount(root);
        try
        {
            await worker.ProcessAsync(ControlQueues.Read(body.ToMemory().Span), dequeueCount, cancellationToken);
        }
        catch (Exception e) when (dequeueCount >= worker.Options.MaxDequeueCount && !cancellationToken.IsCancellationRequested)
        {
            await worker.ParkAsync(body, dequeueCount, e, cancellationToken);
        }

        return Results.Json(new { Outputs = new { }, Logs = Array.Empty<string>(), ReturnValue = (object?)null });
    }

    private static BinaryData MessageBody(JsonElement data)
    {
        // The trigger's binding name is the only property; its value is the message text (or, when it is JSON, the object).
        foreach (var binding in data.EnumerateObject())
        {
            return binding.Value.ValueKind == JsonValueKind.String
                ? BinaryData.FromString(binding.Value.GetString()!)
                : BinaryData.FromString(binding.Value.GetRawText());
        }

        throw new JsonException("The invocation carries no queue message.");
    }

    private static long DequeueCount(JsonElement root) =>
        root.TryGetProperty("Metadata", out var metadata) && metadata.TryGetProperty("DequeueCount", out var count)
            ? count.ValueKind == JsonValueKind.Number ? count.GetInt64() : long.Parse(count.GetString()!, CultureInfo.InvariantCulture)
            : 1;
}
