using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Conclusions;

/// <summary>Drafting the article from the conference, its frozen roll and the outcome.</summary>
public sealed partial record ArticleDraft
{
    /// <summary>
    /// How many attendees the article names (people first, then units); the others are counted ("và 19.960 đại biểu
    /// khác"), so that the article of a conference with thousands of invitees stays readable and far within the storage
    /// limits: at most 40 lines of a few hundred characters each, some 20,000 characters in the worst case.
    /// </summary>
    public const int NamedAttendees = 40;

    /// <summary>
    /// Drafts the article to be published on <paramref name="publishedOn"/>. Attendees come from the frozen
    /// <paramref name="roll"/>: those who declined or never answered are left out; a deputy or a unit's representative
    /// is listed under his or her own name and title, among the people; "các đồng chí" lists the people, then the units
    /// and groups that accepted follow; the co-chairs, already named in the lead, are not repeated. The body is the
    /// assessment with its figures and the discussion; the conclusion opens "Kết luận hội nghị, đồng chí …" and the
    /// tasks set end it; the field visit is a sentence of its own. Refused with the outcome's validation errors, or
    /// when the publication date is before the conference.
    /// </summary>
    public static Result<ArticleDraft> Compose(
        Conference conference, AttendanceRoll roll, Outcome outcome, LocalDate publishedOn,
        OrdinalStyle ordinalStyle = OrdinalStyle.Lowercase)
    {
        ArgumentNullException.ThrowIfNull(conference);
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentNullException.ThrowIfNull(outcome);
        var errors = outcome.Validate().ToList();
        if (publishedOn < conference.Schedule.Date)
        {
            errors.Add(new(ConclusionFields.PublishedOn, ConclusionMessages.PublishedBeforeConference));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<ArticleDraft>(errors);
        }

        return Result.Success(new ArticleDraft
        {
            Title = ConferenceTitle.Render(conference, ordinalStyle),
            DateLine = ConclusionTexts.DateLine(publishedOn),
            Lead = ConclusionTexts.Lead(conference, ordinalStyle),
            Attendance = AttendanceOf(conference, roll),
            Body = outcome.AssessmentWithFigures(),
            Conclusion = ConclusionOf(outcome),
            FieldVisit = outcome.FieldVisit?.Sentence,
            Byline = outcome.Byline,
        });
    }

    private static string? AttendanceOf(Conference conference, AttendanceRoll roll)
    {
        var coChairs = conference.CoChairs.Select(chair => chair.Name.Trim()).ToHashSet(StringComparer.Ordinal);
        List<string> people = [], units = [];
        foreach (var entry in roll.Attending)
        {
            var (name, line) = entry switch
            {
                { Response: InvitationResponse.DeputySent { Deputy: var deputy } } => (deputy.Name, deputy.ToString()),
                { Invitee: Invitee.Person person } => (person.Name, person.Line),
                _ => (null, null),
            };
            if (name is null)
            {
                units.Add(entry.Invitee.Name.Trim());
            }
            else if (!coChairs.Contains(name.Trim()))
            {
                people.Add(line!.Trim());
            }
        }

        return ConclusionTexts.Attendance(people, units);
    }

    private static IReadOnlyList<string> ConclusionOf(Outcome outcome)
    {
        List<string> paragraphs =
        [
            ConclusionTexts.ConclusionOpening(outcome.PresidingChair, outcome.Conclusions[0]),
            .. outcome.Conclusions.Skip(1).Select(Prose.Paragraph),
        ];
        if (outcome.Directives.Count > 0)
        {
            paragraphs[^1] += " " + ConclusionTexts.Directives(outcome.PresidingChair, outcome.Directives);
        }

        return paragraphs;
    }
}
