using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Domain.Conferences;

public static partial class ConferenceValidator
{
    private static void CheckCoChairs(IReadOnlyList<CoChair> coChairs, List<ValidationError> errors)
    {
        if (coChairs.Count == 0)
        {
            errors.Add(new(ConferenceFields.CoChairs, Messages.CoChairRequired));
        }

        for (var i = 0; i < coChairs.Count; i++)
        {
            var coChair = coChairs[i];
            if (string.IsNullOrWhiteSpace(coChair.Name))
            {
                errors.Add(new(ConferenceFields.CoChair(i, "name"), Messages.CoChairNameRequired));
            }

            if (coChair.Titles.Count == 0)
            {
                errors.Add(new(ConferenceFields.CoChair(i, "titles"), Messages.CoChairTitleRequired));
            }

            for (var t = 0; t < coChair.Titles.Count; t++)
            {
                if (string.IsNullOrWhiteSpace(coChair.Titles[t].Text))
                {
                    errors.Add(new(ConferenceFields.CoChairTitle(i, t), Messages.TitleTextRequired));
                }
            }
        }
    }

    private static void CheckInvitees(IReadOnlyList<Invitee> invitees, List<ValidationError> errors)
    {
        if (invitees.Count == 0)
        {
            errors.Add(new(ConferenceFields.Invitees, Messages.InviteeRequired));
        }

        var ids = new HashSet<InviteeId>();
        var emails = new HashSet<EmailAddress>();
        for (var i = 0; i < invitees.Count; i++)
        {
            var invitee = invitees[i];
            if (invitee.Id.Value == Guid.Empty)
            {
                errors.Add(new(ConferenceFields.Invitee(i, "id"), Messages.InviteeIdRequired));
            }
            else if (!ids.Add(invitee.Id))
            {
                errors.Add(new(ConferenceFields.Invitee(i, "id"), Messages.InviteeIdDuplicate));
            }

            CheckInviteeNames(invitee, i, errors);
            if (CheckEmail(invitee.Email, ConferenceFields.Invitee(i, "email"), errors) && !emails.Add(invitee.Email))
            {
                errors.Add(new(ConferenceFields.Invitee(i, "email"), Messages.EmailDuplicate(invitee.Email.Value)));
            }
        }
    }

    private static void CheckInviteeNames(Invitee invitee, int index, List<ValidationError> errors)
    {
        switch (invitee)
        {
            case Invitee.Person person when string.IsNullOrWhiteSpace(person.Name):
                errors.Add(new(ConferenceFields.Invitee(index, "name"), Messages.PersonNameRequired));
                break;
            case Invitee.Unit unit when string.IsNullOrWhiteSpace(unit.Name):
                errors.Add(new(ConferenceFields.Invitee(index, "name"), Messages.UnitNameRequired));
                break;
        }

        if (invitee is Invitee.Person { Title: var title } && string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new(ConferenceFields.Invitee(index, "title"), Messages.PersonTitleRequired));
        }
    }

    /// <summary>Adds an error unless the address is present and well formed; returns whether it is.</summary>
    internal static bool CheckEmail(EmailAddress? email, string field, List<ValidationError> errors)
    {
        if (email is null || email.Value.Length == 0)
        {
            errors.Add(new(field, Messages.EmailRequired));
            return false;
        }

        // Length and characters first: the message about a malformed address quotes it.
        if (!TextRules.Check(email.Value, InputLimits.Email, field, Labels.Email, errors))
        {
            return false;
        }

        if (!email.IsWellFormed)
        {
            errors.Add(new(field, Messages.EmailInvalid(email.Value)));
            return false;
        }

        if (TextRules.StartsLikeFormula(email.Value))
        {
            errors.Add(new(field, Messages.StartsLikeFormula(Labels.Email)));
            return false;
        }

        return true;
    }
}
