using HdndWorkflow.Domain.Councils;

namespace HdndWorkflow.Domain.Conferences;

/// <summary>
/// Checks a whole conference and lists every problem with a Vietnamese message; it never throws on bad input.
/// Split by concern: this file (the conference and its council), <c>.Schedule</c>, <c>.People</c>, <c>.Texts</c>.
/// </summary>
public static partial class ConferenceValidator
{
    public static IReadOnlyList<ValidationError> Validate(Conference conference)
    {
        ArgumentNullException.ThrowIfNull(conference);
        var errors = new List<ValidationError>();
        CheckIdentity(conference, errors);
        CheckCouncil(conference, errors);
        CheckSchedule(conference, errors);
        CheckCoChairs(conference.CoChairs, errors);
        CheckInvitees(conference.Invitees, errors);
        CheckTexts(conference, errors);
        return errors;
    }

    private static void CheckIdentity(Conference conference, List<ValidationError> errors)
    {
        if (conference.Id.Value == Guid.Empty)
        {
            errors.Add(new(ConferenceFields.Id, Messages.ConferenceIdRequired));
        }

        if (!Enum.IsDefined(conference.Kind))
        {
            errors.Add(new(ConferenceFields.Kind, Messages.KindInvalid));
        }

        if (conference.Ordinal < 1)
        {
            errors.Add(new(ConferenceFields.Ordinal, Messages.OrdinalTooSmall));
        }

        CheckOwnTitle(conference.OwnTitle, errors);

        for (var i = 0; i < conference.Agenda.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(conference.Agenda[i].Title))
            {
                errors.Add(new(ConferenceFields.AgendaItem(i, "title"), Messages.AgendaTitleRequired));
            }
        }
    }

    private static void CheckOwnTitle(string? title, List<ValidationError> errors)
    {
        if (title is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new(ConferenceFields.OwnTitle, Messages.OwnTitleBlank));
        }
        else if (title.Trim().Length > ConferenceTitle.OwnTitleMaxLength)
        {
            errors.Add(new(ConferenceFields.OwnTitle, Messages.OwnTitleTooLong(ConferenceTitle.OwnTitleMaxLength)));
        }
        else if (title.Any(char.IsControl))
        {
            errors.Add(new(ConferenceFields.OwnTitle, Messages.OwnTitleOneLine));
        }
    }

    private static void CheckCouncil(Conference conference, List<ValidationError> errors)
    {
        var council = conference.Council;
        if (string.IsNullOrWhiteSpace(council.Id.Value))
        {
            errors.Add(new(ConferenceFields.CouncilId, Messages.CouncilIdRequired));
        }

        if (string.IsNullOrWhiteSpace(council.Name))
        {
            errors.Add(new(ConferenceFields.CouncilName, Messages.CouncilNameRequired));
        }

        if (string.IsNullOrWhiteSpace(council.OrganizerOffice))
        {
            errors.Add(new(ConferenceFields.CouncilOrganizer, Messages.OrganizerRequired));
        }

        if (!Enum.IsDefined(council.Unit))
        {
            errors.Add(new(ConferenceFields.CouncilUnit, Messages.UnitInvalid));
            return;
        }

        var date = conference.Schedule.Date;
        if (!council.Level.ExistsOn(date))
        {
            errors.Add(new(ConferenceFields.CouncilUnit, Messages.LevelEnded(council.Level)));
        }
        else if (conference.Scope == ConferenceScope.WithLevelBelow && council.Level.LevelBelowOn(date) is null)
        {
            errors.Add(new(ConferenceFields.Scope, Messages.NoLevelBelow(council.Level)));
        }
    }
}
