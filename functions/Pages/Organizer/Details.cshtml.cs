using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Conferences.Inbound;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Functions.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>
/// <c>/hoi-nghi/{id}</c>: the conference, its live attendance roll and the organizer's actions, each a POST form with
/// a handler of its own (this file: showing the page; <c>.Actions</c>: status changes; <c>.Invitees</c>: adding invitees;
/// <c>.Replies</c>: the replies by e-mail left to the organizer).
/// </summary>
internal sealed partial class DetailsModel(ConferenceService service, ReplyInbox inbox) : OrganizerPageModel
{
    /// <summary>The query value of the roll's filter: only those who have not answered.</summary>
    public const string UnansweredFilter = "chua-tra-loi";

    public ConferenceView? View { get; private set; }

    public Conference Conference => View!.Conference;

    public RollResponse? Roll { get; private set; }

    public bool OnlyUnanswered { get; private set; }

    public string? Notice { get; private set; }

    public bool CanOrganize { get; private set; }

    /// <summary>Which form the errors belong to: <see cref="ActionsForm"/>, <see cref="RescheduleForm"/>, … .</summary>
    public string? ActiveForm { get; private set; }

    /// <summary>The cancel button was pressed once: the page asks for confirmation.</summary>
    public bool ConfirmCancel { get; private set; }

    public const string ActionsForm = "actions";
    public const string RescheduleForm = "reschedule";
    public const string InviteeForm = "invitee";
    public const string ImportForm = "import";
    public const string ReplyForm = "reply";

    public string Path => DetailsPath(Conference.Id.Value);

    public async Task<IActionResult> OnGetAsync(
        Guid id,
        [FromQuery(Name = "loc")] string? filter,
        [FromQuery(Name = Notices.Query)] string? notice,
        [FromQuery(Name = Notices.CountQuery)] int count,
        [FromQuery(Name = Notices.SkippedQuery)] int skipped,
        CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        OnlyUnanswered = filter == UnansweredFilter;
        Notice = Notices.Text(notice, count, skipped);
        Reschedule = ScheduleForm.From(Conference);
        return Page();
    }

    /// <summary>The entries the table shows: all, or those not answered yet; with their numbers in the full list.</summary>
    public IEnumerable<(int Number, RollLine Line)> Lines =>
        Roll!.Entries.Select((line, i) => (i + 1, line))
            .Where(e => !OnlyUnanswered || e.line.Response == nameof(ResponseKind.NoAnswer));

    /// <summary>The Vietnamese words of the roll, for the table and for the script that refreshes it.</summary>
    public static IReadOnlyDictionary<string, string> RollLabels { get; } = new Dictionary<string, string>
    {
        [nameof(ResponseKind.NoAnswer)] = ResponseKind.NoAnswer.DisplayName,
        [nameof(ResponseKind.Accepted)] = ResponseKind.Accepted.DisplayName,
        [nameof(ResponseKind.Declined)] = ResponseKind.Declined.DisplayName,
        [nameof(ResponseKind.DeputySent)] = ResponseKind.DeputySent.DisplayName,
        [nameof(ResponseKind.Tentative)] = ResponseKind.Tentative.DisplayName,
        ["via" + nameof(ReplyChannel.Email)] = "qua email",
        ["via" + nameof(ReplyChannel.Calendar)] = "qua lịch",
        ["via" + nameof(ReplyChannel.Organizer)] = "người tổ chức ghi nhận",
        ["number"] = "STT",
        ["invitee"] = "Đại biểu",
        ["answer"] = "Trả lời",
        ["answeredAt"] = "Thời điểm trả lời",
        ["invitation"] = "Giấy mời",
        ["empty"] = "Tất cả đại biểu đã trả lời.",
        ["updated"] = "Cập nhật lúc ",
        ["deputyInvitation"] = DeputyInvitationLabel,
    };

    private const string DeputyInvitationLabel = "; giấy mời người dự thay: ";

    /// <summary>"Đã gửi", or why the invitation did not arrive, and the deputy's when it did not arrive either.</summary>
    public static string InvitationOf(RollLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.DeputyDelivery is null ? line.Invitation : line.Invitation + DeputyInvitationLabel + line.DeputyInvitation;
    }

    /// <summary>"Tham dự · qua email (từ thu-ky@xa.gov.vn)": the answer, how it came, and its sender when not the invitee.</summary>
    public static string Answer(RollLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var label = RollLabels.GetValueOrDefault(line.Response, line.Response);
        var answer = line.Deputy is null ? label : $"{label}: {line.Deputy}";
        if (line.AnsweredVia is { } via && RollLabels.TryGetValue("via" + via, out var how))
        {
            answer += $" · {how}";
        }

        return line.AnsweredFrom is { } from && !string.Equals(from, line.Email, StringComparison.OrdinalIgnoreCase) ? $"{answer} (từ {from})" : answer;
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await service.GetAsync(User, new ConferenceId(id), cancellationToken);
        if (outcome is not Outcome<ConferenceView>.Done { Value: var view })
        {
            return Refusal(outcome, id);
        }

        View = view;
        Roll = RollResponses.From(view);
        CanOrganize = User.CanOrganize(view.Conference.Council.Id);
        UnclearReplies = await inbox.ListUnclearAsync(view.Conference.Id, cancellationToken);
        return null;
    }

    /// <summary>The page again after a refused form: the conference reloaded, the errors shown in that form.</summary>
    private async Task<IActionResult> RefusedAsync(Guid id, string form, IEnumerable<Domain.ValidationError> errors, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        ActiveForm = form;
        if (form != RescheduleForm)
        {
            Reschedule = ScheduleForm.From(Conference);
        }

        return Invalid(errors.Select(ConferenceForm.PageMessage));
    }

    private LocalRedirectResult Done(Guid id, string notice, string? extra = null) =>
        LocalRedirect($"{DetailsPath(id)}?{Notices.Query}={notice}{extra}");
}
