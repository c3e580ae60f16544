using Azure;
using HdndWorkflow.Domain.Conferences;
using Microsoft.DurableTask;
using HdndWorkflow.Functions.Conferences.Persistence;
using NodaTime;

namespace HdndWorkflow.Functions.Conferences.Workflow;

/// <summary>
/// Applies a deadline to the stored conference: registration closes at the registration deadline, the conference is
/// held at its end. Idempotent: a conference already past that point (or cancelled) is left as it is, and an ETag
/// conflict with an organizer's change is retried on the fresh conference.
/// </summary>
internal sealed class AdvanceConference(ConferenceStore store, TimeProvider time) : TaskActivity<AdvanceRequest, string>
{
    private const int Attempts = 5;

    public override async Task<string> RunAsync(TaskActivityContext context, AdvanceRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var id = new ConferenceId(input.Conference);
        for (var attempt = 1; ; attempt++)
        {
            var (conference, etag) = await store.GetHeaderAsync(id, CancellationToken.None)
                ?? throw new InvalidOperationException($"Conference {id} does not exist.");
            var now = Instant.FromDateTimeOffset(time.GetUtcNow());
            var decision = input.Advance switch
            {
                ConferenceAdvance.CloseRegistration when conference.Status == ConferenceStatus.Inviting && conference.RegistrationDeadline.HasPassed(now)
                    => conference.CloseRegistration(),
                ConferenceAdvance.Held when conference.Status is ConferenceStatus.Inviting or ConferenceStatus.RegistrationClosed && now >= conference.Schedule.EndInstant
                    => conference.MarkHeld(now),
                _ => null,
            };
            if (decision is not { IsSuccess: true })
            {
                return conference.Status.ToString();
            }

            try
            {
                await store.UpdateAsync(decision.Value, etag, CancellationToken.None);
                return decision.Value.Status.ToString();
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < Attempts)
            {
                // An organizer changed the conference meanwhile: decide again on what is stored now.
            }
        }
    }
}
