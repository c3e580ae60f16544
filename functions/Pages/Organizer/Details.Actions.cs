using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Functions.Conferences;
using HdndWorkflow.Functions.Conferences.Api;
using Microsoft.AspNetCore.Mvc;

namespace HdndWorkflow.Functions.Pages.Organizer;

/// <summary>The conference page's status changes: start, close registration, held, reschedule, cancel.</summary>
internal sealed partial class DetailsModel
{
    [BindProperty]
    public ScheduleForm Reschedule { get; set; } = new();

    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken cancellationToken) =>
        await ChangedAsync(id, await service.StartAsync(User, new ConferenceId(id), cancellationToken), Notices.Started, ActionsForm, cancellationToken);

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken) =>
        await ChangedAsync(id, await service.CloseRegistrationAsync(User, new ConferenceId(id), cancellationToken), Notices.Closed, ActionsForm, cancellationToken);

    public async Task<IActionResult> OnPostHeldAsync(Guid id, CancellationToken cancellationToken) =>
        await ChangedAsync(id, await service.MarkHeldAsync(User, new ConferenceId(id), cancellationToken), Notices.Held, ActionsForm, cancellationToken);

    /// <param name="id">The conference.</param>
    /// <param name="confirmed">False on the first press: the page then asks to confirm, and changes nothing.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<IActionResult> OnPostCancelAsync(Guid id, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            if (await LoadAsync(id, cancellationToken) is { } refused)
            {
                return refused;
            }

            ConfirmCancel = true;
            Reschedule = ScheduleForm.From(Conference);
            return Page();
        }

        return await ChangedAsync(id, await service.CancelAsync(User, new ConferenceId(id), cancellationToken), Notices.Cancelled, ActionsForm, cancellationToken);
    }

    public async Task<IActionResult> OnPostRescheduleAsync(Guid id, CancellationToken cancellationToken)
    {
        var parsed = Reschedule.ToInput().ToSchedule();
        if (!parsed.IsSuccess)
        {
            return await RefusedAsync(id, RescheduleForm, parsed.Errors, cancellationToken);
        }

        var (schedule, deadline) = parsed.Value;
        var outcome = await service.RescheduleAsync(User, new ConferenceId(id), schedule, deadline, cancellationToken);
        return await ChangedAsync(id, outcome, Notices.Rescheduled, RescheduleForm, cancellationToken);
    }

    private async Task<IActionResult> ChangedAsync(Guid id, Outcome<Conference> outcome, string notice, string form, CancellationToken cancellationToken) => outcome switch
    {
        Outcome<Conference>.Done => Done(id, notice),
        Outcome<Conference>.Invalid invalid => await RefusedAsync(id, form, invalid.Errors, cancellationToken),
        _ => Refusal(outcome, id),
    };
}
