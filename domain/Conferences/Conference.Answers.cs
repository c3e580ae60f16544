using HdndWorkflow.Domain.Invitations;
using NodaTime;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>Invitees' answers: accepted and changeable until the registration deadline, refused after it.</summary>
public sealed partial record Conference
{
    /// <summary>Whether answers are taken at <paramref name="now"/>.</summary>
    public bool AcceptsAnswers(Instant now) => Status == ConferenceStatus.Inviting && !RegistrationDeadline.HasPassed(now);

    /// <summary>
    /// Records an invitee's answer (a new one replaces the earlier). Refused with a Vietnamese message when the
    /// conference is cancelled or not yet inviting, the deadline has passed ("Đã hết hạn đăng ký tham dự …"),
    /// registration was closed, the invitee is unknown, a deputy's details are missing, or a text is too long or
    /// holds characters it may not (see <see cref="TextRules"/>).
    /// </summary>
    public Result<Reply> Answer(InviteeId inviteeId, InvitationResponse response, Instant now)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (RefusalAt(now) is { } refusal)
        {
            return Result.Failure<Reply>([refusal]);
        }

        if (FindInvitee(inviteeId) is null)
        {
            return Result.Failure<Reply>(ConferenceFields.InviteeId, Messages.InviteeNotFound);
        }

        var errors = new List<ValidationError>();
        switch (response)
        {
            case InvitationResponse.NoAnswer:
                errors.Add(new(ConferenceFields.Response, Messages.AnswerRequired));
                break;
            case InvitationResponse.DeputySent { Deputy: var deputy }:
                CheckDeputy(deputy, errors);
                break;
            case InvitationResponse.Declined { Reason: var reason }:
                TextRules.Check(reason, InputLimits.DeclineReason, ConferenceFields.DeclineReason, ConferenceValidator.Labels.DeclineReason, errors, multiLine: true);
                break;
        }

        return errors.Count > 0 ? Result.Failure<Reply>(errors) : Result.Success(new Reply(inviteeId, response, now));
    }

    private ValidationError? RefusalAt(Instant now) => Status switch
    {
        ConferenceStatus.Cancelled => new(ConferenceFields.Status, Messages.CancelledNoAnswers),
        ConferenceStatus.Draft => new(ConferenceFields.Status, Messages.NotInvitedYet),
        _ when RegistrationDeadline.HasPassed(now) => new(
            ConferenceFields.RegistrationDeadline,
            Messages.DeadlinePassed(RegistrationDeadline.ToString())),
        ConferenceStatus.RegistrationClosed or ConferenceStatus.Held => new(ConferenceFields.Status, Messages.RegistrationClosed),
        _ => null,
    };

    private static void CheckDeputy(Deputy? deputy, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(deputy?.Name))
        {
            errors.Add(new(ConferenceFields.DeputyName, Messages.DeputyNameRequired));
        }
        else
        {
            TextRules.CheckName(deputy.Name, InputLimits.PersonName, ConferenceFields.DeputyName, ConferenceValidator.Labels.DeputyName, errors);
        }

        if (string.IsNullOrWhiteSpace(deputy?.Title))
        {
            errors.Add(new(ConferenceFields.DeputyTitle, Messages.DeputyTitleRequired));
        }
        else
        {
            TextRules.CheckName(deputy.Title, InputLimits.Title, ConferenceFields.DeputyTitle, ConferenceValidator.Labels.DeputyTitle, errors);
        }

        // The address is optional: a deputy named without one is recorded, and gets no invitation of his or her own.
        if (deputy?.Email is { Value.Length: > 0 } email)
        {
            ConferenceValidator.CheckEmail(email, ConferenceFields.DeputyEmail, errors);
        }
    }
}
