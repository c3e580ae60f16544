using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Vietnamese;

namespace HdndWorkflow.Domain.Letters;

/// <summary>The letters that invite: the invitation, the reminder and the deputy's invitation.</summary>
public static partial class LetterComposer
{
    private static LetterDocument Invitation(Conference conference, LetterRecipient.Invited recipient, Uri personalLink, bool answerByReply)
    {
        var addressee = AddresseeOf(recipient.Invitee);
        var deadline = conference.RegistrationDeadline.ToString();
        LetterBlock[] body =
        [
            new Paragraph([new Run(LetterTexts.RespectfullyInvite), .. addressee.Invited]),
            AttendTitle(conference),
            .. ChairedBy(conference),
            new Facts([TimeFact(conference), PlaceFact(conference)]),
            .. Agenda(conference),
            new Paragraph(new Run(LetterTexts.DeadlineRequest(addressee.Pronoun, deadline), Strong: true)),
            new Paragraph(new Run(LetterTexts.ChooseBelow)),
            AnswerButtons(personalLink),
            .. AnswerByReply(answerByReply, LetterTexts.AnswerByReplying(addressee.Pronoun, LetterTexts.CalendarOfThisLetter)),
            new Note(LetterTexts.ChangeUntilDeadline),
            new Note(LetterTexts.CalendarAttached),
        ];
        var preheader = LetterTexts.DeadlinePreheader(When(conference.Schedule), deadline);
        return Document(LetterTexts.SubjectInvitation, LetterTexts.HeadingInvitation, preheader, conference, body, personal: true);
    }

    private static LetterDocument Reminder(Conference conference, LetterRecipient.Invited recipient, Uri personalLink, bool answerByReply)
    {
        var addressee = AddresseeOf(recipient.Invitee);
        var deadline = conference.RegistrationDeadline.ToString();
        LetterBlock[] body =
        [
            Salutation(addressee),
            new Paragraph(
                new Run(LetterTexts.NotAnsweredYet(Issuer(conference))),
                new Run(conference.Title, Strong: true),
                new Run(LetterTexts.NotAnsweredYetEnd(addressee.Pronoun))),
            new Facts([TimeFact(conference), PlaceFact(conference), DeadlineFact(conference)]),
            new Paragraph(new Run(LetterTexts.DeadlineRequest(addressee.Pronoun, deadline), Strong: true)),
            new Paragraph(new Run(LetterTexts.ChooseBelow)),
            AnswerButtons(personalLink),
            .. AnswerByReply(answerByReply, LetterTexts.AnswerByReplying(addressee.Pronoun, LetterTexts.CalendarOfTheInvitation)),
            new Note(LetterTexts.IgnoreIfAnswered(addressee.Pronoun)),
        ];
        var preheader = LetterTexts.DeadlinePreheader(When(conference.Schedule), deadline);
        return Document(LetterTexts.SubjectReminder, LetterTexts.HeadingReminder, preheader, conference, body, personal: true);
    }

    private static LetterDocument DeputyInvitation(Conference conference, LetterRecipient.Deputed recipient, Uri personalLink)
    {
        var sentBy = recipient.SentBy;
        LetterBlock[] body =
        [
            Salutation(AddresseeOf(recipient)),
            SentBy(sentBy, conference),
            new Paragraph(new Run(LetterTexts.InviteDeputy(Issuer(conference)))),
            .. ChairedBy(conference),
            new Facts([TimeFact(conference), PlaceFact(conference)]),
            .. Agenda(conference),
            new Paragraph(new Run(LetterTexts.DetailsPageBelow)),
            DetailsButton(personalLink),
            new Note(LetterTexts.TellTheInviteeIfUnable(ReferenceTo(sentBy))),
            new Note(LetterTexts.CalendarAttached),
        ];
        var preheader = $"{LetterTexts.AtTime(When(conference.Schedule))}. {LetterTexts.LabelPlace}: {Place(conference.Venue)}.";
        return Document(
            LetterTexts.SubjectDeputyInvitation, LetterTexts.HeadingDeputyInvitation, preheader, conference, body, personal: true);
    }

    /// <summary>The paragraph saying that a reply to the e-mail, or the calendar's buttons, answer too; none when replies are not read.</summary>
    private static IEnumerable<LetterBlock> AnswerByReply(bool answerByReply, string text) =>
        answerByReply ? [new Paragraph(new Run(text))] : [];

    /// <summary>
    /// "Đồng chí **Trần Văn Bình**, Giám đốc Sở Tư pháp đã cử đồng chí dự thay tại **Hội nghị …**." or, from a unit,
    /// "**Ủy ban MTTQ Việt Nam tỉnh** đã cử đồng chí đại diện tham dự **Hội nghị …**.".
    /// </summary>
    private static Paragraph SentBy(Invitee sentBy, Conference conference)
    {
        var title = new Run(conference.Title, Strong: true);
        if (sentBy is Invitee.Person person)
        {
            var role = person.Role;
            return new Paragraph(
                new Run(LetterTexts.SentDeputyPerson),
                new Run(person.Name, Strong: true),
                new Run((role.Length == 0 ? string.Empty : ", " + role) + LetterTexts.SentDeputyPersonEnd),
                title,
                new Run("."));
        }

        return new Paragraph(
            new Run(VietnameseFormat.Capitalize(sentBy.Name.Trim()), Strong: true), new Run(LetterTexts.SentDeputyUnitEnd), title, new Run("."));
    }

    /// <summary>"đồng chí Trần Văn Bình", or the unit's name inside the sentence ("các Ban HĐND tỉnh").</summary>
    private static string ReferenceTo(Invitee invitee) =>
        invitee is Invitee.Person ? $"{LetterTexts.Comrade} {invitee.Name}" : VietnameseCase.InSentence(invitee.Name);
}
