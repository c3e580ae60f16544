using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Vietnamese;

namespace HdndWorkflow.Domain.Letters;

/// <summary>The parts the letters share: whom they address, the conference's facts, the answer buttons, the footer.</summary>
public static partial class LetterComposer
{
    // Button colours, each with white text at a contrast ratio of at least 4.5:1.
    private const string Green = "#15803d";
    private const string Red = "#b91c1c";
    private const string Blue = "#1d4ed8";

    /// <summary>
    /// How a letter names its recipient: after "Kính gửi:" ("đồng chí **Trần Văn Bình**, Giám đốc Sở Tư pháp", or the
    /// unit's name as written), after "kính mời" inside the sentence (the same, but a unit's name opening with an
    /// ordinary word in lower case: "kính mời **các Ban HĐND tỉnh**"), and the word that refers to the recipient inside
    /// sentences ("đồng chí", or the unit's name again, in lower case the same way).
    /// </summary>
    private sealed record Addressee(IReadOnlyList<Run> Salutation, IReadOnlyList<Run> Invited, string Pronoun);

    private static Addressee AddresseeOf(Invitee invitee) => invitee switch
    {
        Invitee.Person person => Comrade(person.Name, person.Role),
        _ => new Addressee(
            [new Run(invitee.Name, Strong: true)], [new Run(VietnameseCase.InSentence(invitee.Name), Strong: true)], VietnameseCase.InSentence(invitee.Name)),
    };

    private static Addressee AddresseeOf(LetterRecipient recipient) => recipient switch
    {
        LetterRecipient.Deputed deputed => Comrade(deputed.Deputy.Name, deputed.Deputy.Title),
        LetterRecipient.Invited invited => AddresseeOf(invited.Invitee),
        _ => throw new ArgumentOutOfRangeException(nameof(recipient), recipient, "Unknown recipient."),
    };

    private static Addressee Comrade(string name, string? role)
    {
        IReadOnlyList<Run> runs = string.IsNullOrWhiteSpace(role)
            ? [new Run(LetterTexts.Comrade + " "), new Run(name, Strong: true)]
            : [new Run(LetterTexts.Comrade + " "), new Run(name, Strong: true), new Run(", " + role)];
        return new Addressee(runs, runs, LetterTexts.Comrade);
    }

    private static string Issuer(Conference conference) => LetterTexts.Issuer(conference.Council.Name);

    /// <summary>"7 giờ 30, sáng thứ Sáu, ngày 02/08/2024 (đến 11 giờ 30)".</summary>
    private static string When(Schedule schedule) => LetterTexts.When(
        VietnameseFormat.Time(schedule.Start),
        schedule.Session.Word,
        VietnameseFormat.DayOfWeek(schedule.Date.DayOfWeek),
        VietnameseFormat.Date(schedule.Date),
        VietnameseFormat.Time(schedule.End));

    private static string Place(Venue? venue) => venue?.ToString() ?? LetterTexts.PlaceToBeAnnounced;

    private static Fact TimeFact(Conference conference) => new(LetterTexts.LabelTime, LetterTexts.AtTime(When(conference.Schedule)));

    private static Fact PlaceFact(Conference conference) => new(LetterTexts.LabelPlace, Place(conference.Venue));

    private static Fact DeadlineFact(Conference conference) =>
        new(LetterTexts.LabelDeadline, conference.RegistrationDeadline.ToString(), FactStyle.Emphasized);

    private static Paragraph Salutation(Addressee addressee) => new([new Run(LetterTexts.To), .. addressee.Salutation]);

    private static Paragraph AttendTitle(Conference conference) =>
        new(new Run(LetterTexts.AttendPrefix), new Run(conference.Title, Strong: true), new Run("."));

    /// <summary>
    /// "Hội nghị do các đồng chí A – …; B – … và C – … đồng chủ trì." (or "do đồng chí A – … chủ trì."); nothing when no
    /// co-chair is named yet.
    /// </summary>
    private static IEnumerable<LetterBlock> ChairedBy(Conference conference)
    {
        var chairs = conference.CoChairs;
        if (chairs.Count == 0)
        {
            yield break;
        }

        var several = chairs.Count > 1;
        var runs = new List<Run> { new(LetterTexts.ChairedBy(several)) };
        for (var i = 0; i < chairs.Count; i++)
        {
            if (i > 0)
            {
                runs.Add(new Run(i == chairs.Count - 1 ? " và " : "; "));
            }

            runs.Add(new Run(chairs[i].Name, Strong: true));
            if (chairs[i].Titles.Count > 0)
            {
                runs.Add(new Run($" \u2013 {chairs[i].TitleChain}"));
            }
        }

        runs.Add(new Run(LetterTexts.ChairedByEnd(several)));
        yield return new Paragraph(runs);
    }

    /// <summary>The programme, when there is one: "7 giờ 30: Khai mạc (trình bày: …)".</summary>
    private static IEnumerable<LetterBlock> Agenda(Conference conference)
    {
        if (conference.Agenda.Count > 0)
        {
            yield return new Bullets(LetterTexts.AgendaCaption, [.. conference.Agenda.Select(item => item.Line)]);
        }
    }

    /// <summary>Tham dự / Không tham dự / Cử người dự thay, each opening the personal page with the answer preselected.</summary>
    private static Buttons AnswerButtons(Uri personalLink) => new(
        [.. AnswerLinks.Offered.Select(kind => new LetterAction(kind.DisplayName, AnswerLinks.For(personalLink, kind), ColourOf(kind)))]);

    private static string ColourOf(ResponseKind kind) => kind switch
    {
        ResponseKind.Accepted => Green,
        ResponseKind.Declined => Red,
        _ => Blue,
    };

    private static Buttons DetailsButton(Uri personalLink) => new([new LetterAction(LetterTexts.ViewDetails, personalLink, Blue)]);

    private static string[] Footer(Conference conference, bool personal) => personal
        ? [LetterTexts.ContactOrganizer(conference.Council.OrganizerOffice), LetterTexts.PersonalLinkWarning]
        : [LetterTexts.ContactOrganizer(conference.Council.OrganizerOffice)];

    private static LetterDocument Document(
        string subjectPrefix, string heading, string preheader, Conference conference, IEnumerable<LetterBlock> body, bool personal) =>
        new(
            LetterTexts.Subject(subjectPrefix, conference.Title),
            Issuer(conference),
            heading,
            preheader,
            [.. body],
            Footer(conference, personal));
}
