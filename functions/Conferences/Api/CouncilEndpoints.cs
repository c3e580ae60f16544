using System.Security.Claims;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Identity;

namespace HdndWorkflow.Functions.Conferences.Api;

/// <summary>
/// <c>GET /api/councils</c>: the councils the caller may name in <c>councilId</c>, the caller's own for organizers and
/// approvers, every configured one for administrators.
/// </summary>
internal static class CouncilEndpoints
{
    public static RouteHandlerBuilder MapCouncilApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/councils", (ClaimsPrincipal user, UserDirectory directory) => TypedResults.Ok(CouncilsOf(user, directory)))
            .WithTags("Councils").RequireAuthorization()
            .WithSummary("Các Hội đồng nhân dân tài khoản được dùng (mã và tên)")
            .WithDescription("Người tổ chức và người duyệt: Hội đồng của mình (mặc định của councilId khi tạo hội nghị); quản trị viên: mọi Hội đồng. X-Api-Key hoặc cookie; 401 khi chưa xác thực.")
            .Produces<List<CouncilResponse>>().ProducesProblem(StatusCodes.Status401Unauthorized);

    private static List<CouncilResponse> CouncilsOf(ClaimsPrincipal user, UserDirectory directory)
    {
        IEnumerable<Council> councils = user.IsAdministrator()
            ? directory.Councils
            : user.Council() is { } own && directory.FindCouncil(own) is { } council ? [council] : [];
        return [.. councils.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new CouncilResponse(c.Id.Value, c.Name))];
    }
}

/// <summary>A council as the API lists it: the id to send as <c>councilId</c>, and its name.</summary>
public sealed record CouncilResponse(string Id, string Name);
