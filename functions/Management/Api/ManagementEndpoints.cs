using System.Globalization;
using System.Security.Claims;
using HdndWorkflow.Domain.Councils;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.Functions.Management.Api;

/// <summary>
/// Durable Functions' instance management API (its HTTP API's <c>instances</c> routes, with the same parameters, status
/// codes and shapes), at <see cref="ManagementApi.Root"/> and, for the Functions host, <see cref="ManagementApi.ForwardedRoot"/>:
/// one set of handlers mapped twice. Signed-in users and API keys instead of the host's system key; what each may do is
/// <see cref="InstanceScope"/>'s. docs/management-api.md lists what matches Durable Functions and what differs.
/// This file: reading; <c>.Actions</c>: the actions.
/// </summary>
internal static partial class ManagementEndpoints
{
    /// <summary>The header that carries a list's continuation, both ways.</summary>
    public const string ContinuationHeader = "x-ms-continuation-token";

    public static IEndpointRouteBuilder MapManagementApi(this IEndpointRouteBuilder endpoints)
    {
        Map(endpoints.MapGroup(ManagementApi.Root));
        Map(endpoints.MapGroup(ManagementApi.ForwardedRoot).ExcludeFromDescription());
        return endpoints;
    }

    private static void Map(RouteGroupBuilder api)
    {
        api.WithTags("Orchestrations").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/", ListAsync)
            .WithSummary("Danh sách quy trình (lọc theo trạng thái, thời điểm tạo, tiền tố mã; trang tiếp theo qua x-ms-continuation-token)")
            .Produces<IReadOnlyList<StatusPayload>>().ProducesValidationProblem();
        api.MapGet("/{instanceId}", GetAsync)
            .WithSummary("Trạng thái của quy trình (showHistory, showHistoryOutput, showInput)")
            .Produces<StatusPayload>().Produces<StatusPayload>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound);
        MapActions(api);
    }

    private static async Task<IResult> ListAsync(
        HttpContext http, ClaimsPrincipal user, InstanceCatalog catalog,
        string? instanceIdPrefix, string? createdTimeFrom, string? createdTimeTo, int? top, bool? showInput, string? council, string? stage,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = new InstanceFilter
        {
            Statuses = Statuses(http.Request.Query["runtimeStatus"], errors),
            CreatedFrom = Time(createdTimeFrom, "createdTimeFrom", errors),
            CreatedTo = Time(createdTimeTo, "createdTimeTo", errors),
            Prefix = string.IsNullOrEmpty(instanceIdPrefix) ? null : instanceIdPrefix,
            PageSize = top ?? 100,
            WithPayloads = showInput ?? true,
            Council = string.IsNullOrWhiteSpace(council) ? null : new CouncilId(council),
            Stage = string.IsNullOrWhiteSpace(stage) ? null : stage,
            Token = http.Request.Headers[ContinuationHeader] is { Count: > 0 } header && !string.IsNullOrEmpty(header[0]) ? header[0] : null,
        };
        if (filter.PageSize is < 1 or > InstanceFilter.MaxPageSize)
        {
            errors["top"] = [$"top phải từ 1 đến {InstanceFilter.MaxPageSize}."];
        }

        if (filter.Stage is { } s && !Stages.IsKnown(s))
        {
            errors["stage"] = [$"Không có giai đoạn '{s}'. Các giai đoạn: {string.Join(", ", Stages.All.Select(x => x.Code))}."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        return (await catalog.ListAsync(user, filter, cancellationToken)).ToResult(page =>
        {
            // As Durable Functions does: the header is always there, empty on the last page.
            http.Response.Headers[ContinuationHeader] = page.Next ?? string.Empty;
            return Results.Ok(page.Rows.Select(r => StatusPayload.From(r.Instance)).ToList());
        });
    }

    private static async Task<IResult> GetAsync(
        HttpContext http, string instanceId, ClaimsPrincipal user, InstanceManager manager,
        bool? showHistory, bool? showHistoryOutput, bool? showInput, bool? returnInternalServerErrorOnFailure, CancellationToken cancellationToken) =>
        (await manager.GetAsync(user, instanceId, showHistory == true, cancellationToken)).ToResult(details =>
        {
            var payload = StatusPayload.From(details.Instance, details.History?.ToDurableFunctions(showHistoryOutput == true, showInput != false));
            if (showInput == false)
            {
                payload = payload with { Input = null };
            }

            switch (details.Instance.RuntimeStatus)
            {
                case OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended:
                    // Still going: 202 with where to ask again and when, as Durable Functions answers.
                    http.Response.Headers.Location = $"{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}";
                    http.Response.Headers.RetryAfter = "5";
                    return Results.Json(payload, statusCode: StatusCodes.Status202Accepted);
                case OrchestrationRuntimeStatus.Failed when returnInternalServerErrorOnFailure == true:
                    return Results.Json(payload, statusCode: StatusCodes.Status500InternalServerError);
                default:
                    return Results.Ok(payload);
            }
        });

    private static IReadOnlyList<OrchestrationRuntimeStatus> Statuses(IEnumerable<string?> values, Dictionary<string, string[]> errors)
    {
        var statuses = new List<OrchestrationRuntimeStatus>();
        foreach (var value in values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Enum.TryParse<OrchestrationRuntimeStatus>(value, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(value, out _))
            {
                statuses.Add(status);
            }
            else
            {
                errors["runtimeStatus"] = [$"Không có trạng thái '{value}'. Các trạng thái: {string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())}."];
            }
        }

        return statuses;
    }

    private static DateTimeOffset? Time(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        errors[name] = [$"{name} phải là thời điểm theo ISO 8601, ví dụ 2026-08-05T00:00:00Z."];
        return null;
    }
}
