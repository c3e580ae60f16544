using System.Globalization;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Identity;
using HdndWorkflow.Functions.Management;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using NodaTime;
using NodaTime.Text;

namespace HdndWorkflow.Functions.Pages.Console;

/// <summary>
/// <c>/quy-trinh</c>: the orchestration instances, filtered (status, stage, council, creation dates, id prefix) and a
/// page at a time (forward only: the engine's continuation tokens go one way). A GET form, so filters are links.
/// </summary>
internal sealed class IndexModel(InstanceCatalog catalog, UserDirectory directory) : ConsolePageModel
{
    public const int PageSize = 25;

    /// <summary>The query value that says what was just done (an instance purged).</summary>
    public const string NoticeQuery = "tb";

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalDatePattern VietnameseDate = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    [BindProperty(SupportsGet = true, Name = "trangThai")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "giaiDoan")]
    public string? Stage { get; set; }

    [BindProperty(SupportsGet = true, Name = "hoiDong")]
    public string? Council { get; set; }

    [BindProperty(SupportsGet = true, Name = "tuNgay")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "denNgay")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "ma")]
    public string? Prefix { get; set; }

    [BindProperty(SupportsGet = true, Name = "tiep")]
    public string? Token { get; set; }

    [BindProperty(SupportsGet = true, Name = NoticeQuery)]
    public string? Done { get; set; }

    public string? Notice => Done == nameof(ManagementAction.Purge) ? "Đã xóa lịch sử của quy trình." : null;

    public IReadOnlyList<InstanceRow> Rows { get; private set; } = [];

    /// <summary>The next page's link, when there is one.</summary>
    public string? NextPath { get; private set; }

    /// <summary>The councils the user may pick: all for an administrator, his or her own for an organizer.</summary>
    public IReadOnlyList<Council> Councils { get; private set; } = [];

    public bool CouncilFixed { get; private set; }

    public bool Filtered => Status is not null || Stage is not null || From is not null || To is not null || Prefix is not null || (!CouncilFixed && Council is not null);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        switch (InstanceScope.Of(User))
        {
            case InstanceScope.None:
                return Refusal(new Managed<bool>.Forbidden());
            case InstanceScope.OfCouncil own when !string.IsNullOrEmpty(Council) && Council != own.Council.Value:
                return Refusal(new Managed<bool>.Forbidden());
            case InstanceScope.OfCouncil own:
                Councils = directory.FindCouncil(own.Council) is { } council ? [council] : [];
                CouncilFixed = true;
                Council = own.Council.Value;
                break;
            default:
                Councils = [.. directory.Councils.OrderBy(c => c.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false))];
                break;
        }

        var (filter, errors) = Filter();
        if (errors.Count > 0)
        {
            Errors = new FormErrors(errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var listed = await catalog.ListAsync(User, filter, cancellationToken);
        if (listed is not Managed<InstancePage>.Done { Value: var page })
        {
            return Refusal(listed);
        }

        Rows = page.Rows;
        NextPath = page.Next is { } next ? Link(next) : null;
        return Page();
    }

    /// <summary>This list with the same filters, from <paramref name="token"/> (or the first page).</summary>
    public string Link(string? token = null) => QueryString.Create(new Dictionary<string, string?>
    {
        ["trangThai"] = Status,
        ["giaiDoan"] = Stage,
        ["hoiDong"] = CouncilFixed ? null : Council,
        ["tuNgay"] = From,
        ["denNgay"] = To,
        ["ma"] = Prefix,
        ["tiep"] = token,
    }.Where(p => !string.IsNullOrEmpty(p.Value))) is var query && query.HasValue ? ListPath + query : ListPath;

    private (InstanceFilter Filter, List<ValidationError> Errors) Filter()
    {
        var errors = new List<ValidationError>();
        var filter = new InstanceFilter { PageSize = PageSize, Token = Blank(Token), Prefix = Blank(Prefix)?.Trim() };
        if (Blank(Status) is { } status)
        {
            if (ConsoleTexts.Statuses.Any(s => s.Status.ToString() == status))
            {
                filter = filter with { Statuses = [Enum.Parse<OrchestrationRuntimeStatus>(status)] };
            }
            else
            {
                errors.Add(new("trangThai", "Trạng thái không hợp lệ: hãy chọn trong danh sách."));
            }
        }

        if (Blank(Stage) is { } stage)
        {
            if (Stages.IsKnown(stage))
            {
                filter = filter with { Stage = stage };
            }
            else
            {
                errors.Add(new("giaiDoan", "Giai đoạn không hợp lệ: hãy chọn trong danh sách."));
            }
        }

        if (Blank(Council) is { } council)
        {
            if (Councils.Any(c => c.Id.Value == council))
            {
                filter = filter with { Council = new CouncilId(council) };
            }
            else
            {
                errors.Add(new("hoiDong", "Hội đồng nhân dân không hợp lệ: hãy chọn trong danh sách."));
            }
        }

        var from = Date(From, "tuNgay", "Tạo từ ngày", errors);
        var to = Date(To, "denNgay", "Đến ngày", errors);
        if (from is { } f && to is { } t && f > t)
        {
            errors.Add(new("denNgay", "Đến ngày không được trước Tạo từ ngày."));
        }

        if (filter.Prefix is { Length: > 100 })
        {
            errors.Add(new("ma", "Mã quy trình dài tối đa 100 ký tự."));
        }

        // Whole days in Vietnam's time: from the first day's midnight up to the last day's end.
        return (filter with
        {
            CreatedFrom = from is { } start ? VietnamTime.ToInstant(start.AtMidnight()).ToDateTimeOffset() : null,
            CreatedTo = to is { } end ? VietnamTime.ToInstant(end.PlusDays(1).AtMidnight()).ToDateTimeOffset().AddTicks(-1) : null,
        }, errors);
    }

    // A date from the date picker (yyyy-MM-dd) or typed as Vietnamese write it (dd/MM/yyyy).
    private static LocalDate? Date(string? value, string field, string label, List<ValidationError> errors)
    {
        if (Blank(value) is not { } text)
        {
            return null;
        }

        if (IsoDate.Parse(text.Trim()) is { Success: true } iso)
        {
            return iso.Value;
        }

        if (VietnameseDate.Parse(text.Trim()) is { Success: true } typed)
        {
            return typed.Value;
        }

        errors.Add(new(field, $"{label} không hợp lệ: hãy chọn ngày, hoặc nhập theo dạng ngày/tháng/năm (ví dụ 05/08/2026)."));
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
