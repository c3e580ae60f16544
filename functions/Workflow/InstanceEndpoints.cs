using System.Security.Claims;
using System.Text.Json;
using HdndWorkflow.Domain.Conferences;
using Microsoft.DurableTask;
using DurableTask.Core;
using Microsoft.DurableTask.Client;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Functions.Identity;

namespace HdndWorkflow.Functions.Workflow;

/// <summary>
/// Durable Functions' instance management API under <c>/api/instances</c>: status (with history), raise event,
/// terminate, purge, and the list. Administrators see every instance; an organizer, the instances of the conferences of
/// his or her council (a conference's instance id is the conference id).
/// </summary>
internal static class InstanceEndpoints
{
    /// <summary>The management links of an instance, absolute on the address the request came to.</summary>
    public static ManagementLinks LinksFor(HttpRequest request, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var root = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/api/instances/{Uri.EscapeDataString(instanceId)}");
        return new ManagementLinks(
            instanceId,
            root,
            new Uri($"{root}/raiseEvent/{{eventName}}"),
            new Uri($"{root}/terminate?reason={{text}}"),
            root,
            new Uri($"{root}/suspend?reason={{text}}"),
            new Uri($"{root}/resume?reason={{text}}"));
    }

    public static RouteGroupBuilder MapInstanceApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/instances").WithTags("Orchestrations").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/", async (ClaimsPrincipal user, DurableTaskClient client, string? continuationToken, CancellationToken ct) =>
            {
                if (!user.IsAdministrator())
                {
                    return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Chỉ quản trị viên xem được mọi quy trình.");
                }

                var pages = client.GetAllInstancesAsync(new OrchestrationQuery { ContinuationToken = continuationToken, FetchInputsAndOutputs = true }).AsPages();
                await foreach (var page in pages.WithCancellation(ct))
                {
                    return Results.Ok(new { instances = page.Values.Select(m => Status(m, null)).ToList(), page.ContinuationToken });
                }

                return Results.Ok(new { instances = Array.Empty<object>(), continuationToken = (string?)null });
            })
            .WithSummary("Mọi quy trình (quản trị viên)").WithDescription("Từng trang, kèm continuationToken cho trang sau. Chỉ quản trị viên (403 với người khác).").Produces(StatusCodes.Status200OK, contentType: "application/json");

        api.MapGet("/{instanceId}", async (string instanceId, bool? showHistory, ClaimsPrincipal user, DurableTaskClient client, IOrchestrationServiceClient engine, ConferenceStore store, CancellationToken ct) =>
                await CheckedAsync(instanceId, user, store, ct) ??
                (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, ct) is { } metadata
                    ? Results.Ok(Status(metadata, showHistory == true ? await engine.GetOrchestrationHistoryAsync(instanceId, null) : null))
                    : NotFound()))
            .WithSummary("Trạng thái và lịch sử của quy trình").WithDescription("Như Durable Functions; showHistory=true thêm lịch sử. Quản trị viên, hoặc người tổ chức với quy trình của hội nghị thuộc Hội đồng mình (X-Api-Key). 401, 403, 404.").Produces(StatusCodes.Status200OK, contentType: "application/json");

        api.MapPost("/{instanceId}/raiseEvent/{eventName}", async (string instanceId, string eventName, HttpRequest request, ClaimsPrincipal user, DurableTaskClient client, ConferenceStore store, CancellationToken ct) =>
            {
                if (await CheckedAsync(instanceId, user, store, ct) is { } refused)
                {
                    return refused;
                }

                var (payload, invalid) = await WorkflowEvents.ReadAsync(eventName, request, ct);
                if (invalid is not null)
                {
                    return invalid;
                }

                // As in Durable Functions: 404 for an unknown instance, 410 for one that has ended.
                if (await client.GetInstanceAsync(instanceId, ct) is not { } instance)
                {
                    return NotFound();
                }

                if (instance.IsCompleted)
                {
                    return Results.Problem(statusCode: StatusCodes.Status410Gone, title: "Quy trình đã kết thúc, không nhận sự kiện.");
                }

                await client.RaiseEventAsync(instanceId, eventName, payload, ct);
                return Results.Accepted();
            })
            .Accepts<WorkflowEvents.EventBody>("application/json").Produces(StatusCodes.Status202Accepted).WithDescription("202 khi quy trình đã nhận sự kiện; 410 khi quy trình đã kết thúc. Quản trị viên, hoặc người tổ chức với quy trình của hội nghị thuộc Hội đồng mình (X-Api-Key). 401, 403, 404.")
            .WithSummary("Gửi sự kiện tới quy trình (ConferenceChange hoặc ConclusionChange, nội dung {\"what\": \"…\"})")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        MapControl(api, "terminate", "Dừng quy trình", (client, id, reason, ct) => client.TerminateInstanceAsync(id, reason, ct));
        MapControl(api, "suspend", "Tạm dừng quy trình", (client, id, reason, ct) => client.SuspendInstanceAsync(id, reason, ct));
        MapControl(api, "resume", "Tiếp tục quy trình đã tạm dừng", (client, id, reason, ct) => client.ResumeInstanceAsync(id, reason, ct));

        api.MapDelete("/{instanceId}", async (string instanceId, ClaimsPrincipal user, DurableTaskClient client, ConferenceStore store, CancellationToken ct) =>
            {
                if (await CheckedAsync(instanceId, user, store, ct) is { } refused)
                {
                    return refused;
                }

                if (await client.GetInstanceAsync(instanceId, ct) is not { } instance)
                {
                    return NotFound();
                }

                if (!instance.IsCompleted)
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Quy trình đang chạy: chỉ xóa được lịch sử của quy trình đã kết thúc.");
                }

                var result = await client.PurgeInstanceAsync(instanceId, ct);
                return result.PurgedInstanceCount == 0 ? NotFound() : Results.Ok(new { instancesDeleted = result.PurgedInstanceCount });
            })
            .WithSummary("Xóa lịch sử của quy trình đã kết thúc").WithDescription("Trả về instancesDeleted; 409 khi quy trình đang chạy. Quản trị viên, hoặc người tổ chức với quy trình của hội nghị thuộc Hội đồng mình (X-Api-Key). 401, 403, 404.").Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    // POST /{instanceId}/{operation}?reason=…: 202 once the engine has the request, as in Durable Functions.
    private static void MapControl(RouteGroupBuilder api, string operation, string summary, Func<DurableTaskClient, string, string?, CancellationToken, Task> send) =>
        api.MapPost($"/{{instanceId}}/{operation}", async (string instanceId, string? reason, ClaimsPrincipal user, DurableTaskClient client, ConferenceStore store, CancellationToken ct) =>
            {
                if (await CheckedAsync(instanceId, user, store, ct) is { } refused)
                {
                    return refused;
                }

                await send(client, instanceId, reason, ct);
                return Results.Accepted();
            })
            .WithSummary(summary).WithDescription("202 khi bộ máy đã nhận yêu cầu (reason tùy chọn). Quản trị viên, hoặc người tổ chức với quy trình của hội nghị thuộc Hội đồng mình (X-Api-Key). 401, 403, 404.").Produces(StatusCodes.Status202Accepted);

    // Administrators pass; organizers pass for the instances of their own council's conferences.
    private static async Task<IResult?> CheckedAsync(string instanceId, ClaimsPrincipal user, ConferenceStore store, CancellationToken ct)
    {
        if (user.IsAdministrator())
        {
            return null;
        }

        // A conference's instance id is the conference id; its conclusion's are "{conference id}:conclusion[:n]".
        if (!Guid.TryParse(instanceId.Split(':')[0], out var id) || await store.GetHeaderAsync(new ConferenceId(id), ct) is not var (conference, _))
        {
            return NotFound();
        }

        return user.CanOrganize(conference.Council.Id)
            ? null
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Tài khoản không có quyền với quy trình này.");
    }

    private static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy quy trình.");

    // The history is the task hub's own JSON of its events (DurableTask.Core's HistoryEvent types), as stored.
    private static object Status(OrchestrationMetadata m, string? history) => new
    {
        name = m.Name,
        instanceId = m.InstanceId,
        runtimeStatus = m.RuntimeStatus.ToString(),
        input = Parse(m.SerializedInput),
        customStatus = Parse(m.SerializedCustomStatus),
        output = Parse(m.SerializedOutput),
        failure = m.FailureDetails,
        createdTime = m.CreatedAt,
        lastUpdatedTime = m.LastUpdatedAt,
        historyEvents = Parse(history),
    };

    // Payloads are JSON, but the engine writes some texts of its own where an output goes (a suspension's or a
    // failure's reason): those come back as JSON strings.
    private static JsonElement? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(json).RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(json);
        }
    }
}
