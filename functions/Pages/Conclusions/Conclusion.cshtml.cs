using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Identity;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace HdndWorkflow.Functions.Pages.Conclusions;

/// <summary>
/// <c>/hoi-nghi/{id}/ket-luan</c>, the page the review e-mails link to: the conclusion's status, the current draft
/// (article and notice), the review comments, the timeline and the revisions; the organizer's actions (record the
/// outcome, edit, submit, ask for a correction or the withdrawal) and the approver's (approve, request changes,
/// decide on a correction or withdrawal), each a POST form with a handler of its own.
/// </summary>
internal sealed class ConclusionModel(ConclusionService service) : ConclusionPageModel
{
    public const string SubmitForm = "submit";
    public const string ReviewForm = "review";
    public const string WithdrawalForm = "withdrawal";
    public const string DecisionForm = "decision";

    public ConclusionView View { get; private set; } = null!;

    public Conclusion Current => View.Conclusion;

    public IReadOnlyList<TimelineEvent> Timeline { get; private set; } = [];

    public IReadOnlyList<RevisionSummary> Revisions { get; private set; } = [];

    public bool CanOrganize { get; private set; }

    public bool CanApprove { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>Which form the errors belong to.</summary>
    public string? ActiveForm { get; private set; }

    /// <summary>What was typed in the refused form (a comment, a note, a reason), shown again.</summary>
    public string? Typed { get; private set; }

    public Guid Id => Current.Conference.Value;

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = ConclusionNotices.Query)] string? notice, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Notice = ConclusionNotices.Text(notice);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, string? note, CancellationToken cancellationToken) =>
        await ChangedAsync(id, await service.SubmitAsync(User, new ConferenceId(id), note, cancellationToken), ConclusionNotices.Submitted, SubmitForm, note, cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, int? revision, string? comment, CancellationToken cancellationToken) =>
        await ChangedAsync(id, await service.ApproveAsync(User, new ConferenceId(id), comment, revision, cancellationToken), ConclusionNotices.Approved, ReviewForm, comment, cancellationToken);

    public async Task<IActionResult> OnPostRequestChangesAsync(Guid id, int? revision, string? comment, CancellationToken cancellationToken) =>
        await ChangedAsync(id, await service.RequestChangesAsync(User, new ConferenceId(id), comment, revision, cancellationToken), ConclusionNotices.ChangesRequested, ReviewForm, comment, cancellationToken);

    public async Task<IActionResult> OnPostWithdrawalAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        await ChangedAsync(id, await service.RequestWithdrawalAsync(User, new ConferenceId(id), reason, cancellationToken), ConclusionNotices.WithdrawalRequested, WithdrawalForm, reason, cancellationToken);

    /// <param name="id">The conference.</param>
    /// <param name="kind">"Correction" or "Withdrawal": what the approver decides on.</param>
    /// <param name="accept">True to accept, false to refuse (which needs a comment).</param>
    /// <param name="comment">The approver's comment.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<IActionResult> OnPostDecideAsync(Guid id, ReviewKind kind, bool accept, string? comment, CancellationToken cancellationToken)
    {
        if (kind == ReviewKind.Draft)
        {
            return BadRequest();
        }

        var outcome = await service.DecideAsync(User, new ConferenceId(id), kind, accept, comment, cancellationToken);
        return await ChangedAsync(id, outcome, accept ? ConclusionNotices.Accepted : ConclusionNotices.Refused, DecisionForm, comment, cancellationToken);
    }

    /// <summary>The reviewer's words about a timeline event or revision's time: "14 giờ 05 ngày 02/08/2026".</summary>
    public static string When(Instant at) => VietnameseFormat.DateTime(VietnamTime.ToLocal(at));

    public static string KindText(RevisionKind kind) => kind switch
    {
        RevisionKind.Drafted => "Soạn tự động từ kết quả hội nghị",
        RevisionKind.Edited => "Sửa dự thảo",
        RevisionKind.Redrafted => "Soạn lại từ kết quả đã sửa",
        _ => "Đính chính",
    };

    private async Task<IActionResult> ChangedAsync(
        Guid id, Outcome<ConclusionView> outcome, string notice, string form, string? typed, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case Outcome<ConclusionView>.Done:
                return Done(id, notice);
            case Outcome<ConclusionView>.Invalid invalid:
                if (await LoadAsync(id, cancellationToken) is { } refused)
                {
                    return refused;
                }

                (ActiveForm, Typed) = (form, typed);
                return Invalid(invalid.Errors);
            default:
                return Refusal(outcome, id);
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var conference = new ConferenceId(id);
        var view = await service.GetAsync(User, conference, cancellationToken);
        if (view is not Outcome<ConclusionView>.Done { Value: var v })
        {
            return Refusal(view, id);
        }

        var timeline = service.TimelineAsync(User, conference, cancellationToken);
        var revisions = service.RevisionsAsync(User, conference, cancellationToken);
        View = v;
        Timeline = await timeline is Outcome<IReadOnlyList<TimelineEvent>>.Done { Value: var events } ? events : [];
        Revisions = await revisions is Outcome<IReadOnlyList<RevisionSummary>>.Done { Value: var list } ? list : [];
        CanOrganize = User.CanOrganize(v.Conclusion.Council);
        CanApprove = User.CanApprove(v.Conclusion.Council);
        return null;
    }

    /// <summary>Whether revision <paramref name="number"/> was a correction the approvers refused.</summary>
    public bool Refused(int number) => Timeline.Any(e => e.Kind == TimelineKind.CorrectionRefused && e.Revision == number);

    /// <summary>The errors of <paramref name="form"/> when it is the refused one.</summary>
    public FormErrors ErrorsOf(string form) => ActiveForm == form ? Errors : FormErrors.None;

    /// <summary>What was typed in <paramref name="form"/> when it was refused.</summary>
    public string? TypedIn(string form) => ActiveForm == form ? Typed : null;
}
