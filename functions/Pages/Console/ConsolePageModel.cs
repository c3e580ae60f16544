using HdndWorkflow.Functions.Management;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HdndWorkflow.Functions.Pages.Console;

/// <summary>
/// The administration console's pages: signed in; what each user may see and do is <see cref="InstanceScope"/>'s
/// (checked by the management services the pages share with the API). Every refusal is a page of its own with its
/// status, in Vietnamese.
/// </summary>
[Authorize]
internal abstract class ConsolePageModel : PageModel
{
    public const string ListPath = "/quy-trinh";

    /// <summary>An instance's page (a colon, common in the app's ids, stays readable).</summary>
    public static string InstancePath(string instanceId) =>
        $"{ListPath}/{Uri.EscapeDataString(instanceId).Replace("%3A", ":", StringComparison.Ordinal)}";

    public FormErrors Errors { get; protected set; } = FormErrors.None;

    protected IActionResult Refusal<T>(Managed<T> outcome, string? instanceId = null)
    {
        var back = instanceId is null ? ListPath : InstancePath(instanceId);
        return outcome switch
        {
            Managed<T>.Forbidden => new PageProblem(StatusCodes.Status403Forbidden, "Tài khoản không có quyền với quy trình này",
                "Quản trị viên xem được mọi quy trình; cán bộ tổ chức hội nghị xem được quy trình của Hội đồng nhân dân mình.", "Về danh sách quy trình", ListPath).ToResult(ModelState),
            Managed<T>.Gone gone => new PageProblem(StatusCodes.Status410Gone, gone.Message, null, "Về trang quy trình", back).ToResult(ModelState),
            Managed<T>.Conflict conflict => new PageProblem(StatusCodes.Status409Conflict, conflict.Message, null, "Về trang quy trình", back).ToResult(ModelState),
            Managed<T>.Invalid invalid => new PageProblem(StatusCodes.Status400BadRequest, invalid.Message, null, "Về danh sách quy trình", ListPath).ToResult(ModelState),
            _ => new PageProblem(StatusCodes.Status404NotFound, "Không tìm thấy quy trình",
                "Quy trình không tồn tại hoặc lịch sử của nó đã bị xóa.", "Về danh sách quy trình", ListPath).ToResult(ModelState),
        };
    }
}
