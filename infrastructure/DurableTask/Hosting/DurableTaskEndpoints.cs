using System.Globalization;
using System.Text.Json;
using HdndWorkflow.DurableTask.Storage;
using HdndWorkflow.DurableTask.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

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

    // The custom-handler response, in the documented PascalCase whatever the app's JSON options say.
    private static readonly JsonSerializerOptions ResponseJson = new() { PropertyNamingPolicy = null };

    private static async Task<IResult> InvokeAsync(HttpRequest request, TaskHubWorker worker, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(DurableTaskEndpoints));
        BinaryData body = BinaryData.Empty;
        long dequeueCount = 1;
        try
        {
            using var invocation = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            var root = invocation.RootElement;
            dequeueCount = DequeueCount(root);
            body = MessageBody(root);
            await worker.ProcessAsync(ControlQueues.Read(body.ToMemory().Span), dequeueCount, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            if (dequeueCount < worker.Options.MaxDequeueCount)
            {
                // Not 2xx: the Functions host delivers the message again later.
                Logs.InvocationFailed(logger, dequeueCount, e.GetType().Name);
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            }

            await worker.ParkAsync(body, dequeueCount, e, cancellationToken);
        }

        return Results.Json(new { Outputs = new { }, Logs = Array.Empty<string>(), ReturnValue = (object?)null }, ResponseJson);
    }

    private static BinaryData MessageBody(JsonElement root)
    {
        // The trigger's binding name is the only property; its value is the message text (or, when it is JSON, the object).
        if (!root.TryGetProperty("Data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The invocation has no Data object.");
        }

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
            ? count.ValueKind == JsonValueKind.Number ? count.GetInt64()
                : long.TryParse(count.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1
            : 1;
}
