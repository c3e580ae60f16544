using System.Security.Claims;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.Functions.Management.Api;

/// <summary>The API's actions: raise an event, terminate, suspend, resume, rewind, restart, purge one or many.</summary>
internal static partial class ManagementEndpoints
{
    private static void MapActions(RouteGroupBuilder api)
    {
        api.MapPost("/{instanceId}/raiseEvent/{eventName}", RaiseEventAsync)
            .Accepts<Workflow.WorkflowEvents.EventBody>("application/json")
            .WithSummary("Gửi sự kiện tới quy trình (ConferenceChange hoặc ConclusionChange, nội dung {\"what\": \"…\"})")
            .Produces(StatusCodes.Status202Accepted).ProducesValidationProblem().ProducesProblem(StatusCodes.Status410Gone).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        MapReasoned(api, "terminate", "Dừng hẳn quy trình", (m, u, id, reason, ct) => m.TerminateAsync(u, id, reason, ct));
        MapReasoned(api, "suspend", "Tạm dừng quy trình", (m, u, id, reason, ct) => m.SuspendAsync(u, id, reason, ct));
        MapReasoned(api, "resume", "Cho quy trình đã tạm dừng chạy tiếp", (m, u, id, reason, ct) => m.ResumeAsync(u, id, reason, ct));
        MapReasoned(api, "rewind", "Tua lại quy trình bị lỗi qua các bước lỗi", (m, u, id, reason, ct) => m.RewindAsync(u, id, reason, ct));

        api.MapPost("/{instanceId}/restart", async (string instanceId, bool? restartWithNewInstanceId, HttpRequest request, ClaimsPrincipal user, InstanceManager manager, InstanceLinks links, CancellationToken ct) =>
                (await manager.RestartAsync(user, instanceId, restartWithNewInstanceId == true, ct)).ToResult(_ =>
                {
                    var restarted = links.For(request, instanceId);
                    return Results.Accepted(restarted.StatusQueryGetUri.ToString(), restarted);
                }))
            .WithSummary("Chạy lại quy trình đã kết thúc từ đầu, với đầu vào cũ, dưới mã cũ")
            .Produces<Conferences.Api.ManagementLinks>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/{instanceId}", async (string instanceId, ClaimsPrincipal user, InstanceManager manager, CancellationToken ct) =>
                (await manager.PurgeAsync(user, instanceId, ct)).ToResult(purged => Results.Ok(new PurgeResponse(purged))))
            .WithSummary("Xóa lịch sử của quy trình đã kết thúc").Produces<PurgeResponse>().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/", async (HttpRequest request, string? createdTimeFrom, string? createdTimeTo, ClaimsPrincipal user, InstanceManager manager, CancellationToken ct) =>
            {
                var errors = new Dictionary<string, string[]>();
                var statuses = Statuses(request.Query["runtimeStatus"], errors);
                var from = Time(createdTimeFrom, "createdTimeFrom", errors);
                var to = Time(createdTimeTo, "createdTimeTo", errors);
                return errors.Count > 0
                    ? Results.ValidationProblem(errors)
                    : (await manager.PurgeManyAsync(user, from, to, statuses, ct)).ToResult(purged => Results.Ok(new PurgeResponse(purged)));
            })
            .WithSummary("Xóa lịch sử các quy trình đã kết thúc, tạo trong một khoảng thời gian (quản trị viên)").Produces<PurgeResponse>().ProducesValidationProblem();
    }

    // POST /{instanceId}/{operation}?reason=…: 202 once the engine has the request, as in Durable Functions.
    private static void MapReasoned(
        RouteGroupBuilder api, string operation, string summary, Func<InstanceManager, ClaimsPrincipal, string, string?, CancellationToken, Task<Managed<bool>>> act) =>
        api.MapPost($"/{{instanceId}}/{operation}", async (string instanceId, string? reason, ClaimsPrincipal user, InstanceManager manager, CancellationToken ct) =>
                (await act(manager, user, instanceId, reason, ct)).ToResult(_ => Results.Accepted()))
            .WithSummary(summary).Produces(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);

    private static async Task<IResult> RaiseEventAsync(
        string instanceId, string eventName, HttpRequest request, ClaimsPrincipal user, InstanceManager manager, CancellationToken ct)
    {
        if (await Workflow.WorkflowEvents.ReadBodyAsync(request, ct) is not { } body)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Nội dung sự kiện quá lớn.",
                detail: $"Nội dung sự kiện tối đa {Workflow.WorkflowEvents.MaxBodyBytes / 1024} KiB.");
        }

        return (await manager.RaiseEventAsync(user, instanceId, eventName, body, ct)).ToResult(_ => Results.Accepted());
    }

    /// <summary>The answer of a purge, as Durable Functions words it.</summary>
    public sealed record PurgeResponse(int InstancesDeleted);

    private static IResult ToResult<T>(this Managed<T> outcome, Func<T, IResult> done) => outcome switch
    {
        Managed<T>.Done d => done(d.Value),
        Managed<T>.Forbidden => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Tài khoản không có quyền với quy trình này."),
        Managed<T>.Gone g => Results.Problem(statusCode: StatusCodes.Status410Gone, title: g.Message),
        Managed<T>.Conflict c => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: c.Message),
        Managed<T>.Invalid i => Results.ValidationProblem(new Dictionary<string, string[]> { [i.Field] = [i.Message] }),
        _ => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy quy trình."),
    };
}
