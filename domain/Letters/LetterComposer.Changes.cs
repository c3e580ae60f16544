using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Vietnamese;

namespace HdndWorkflow.Domain.Letters;

/// <summary>The letters about a change: the update after a reschedule and the cancellation.</summary>
public static partial class LetterComposer
{
    private static LetterDocument Update(Conference conference, Conference? previous, LetterRecipient recipient, Uri personalLink)
    {
        var addressee = AddresseeOf(recipient);
        var issuer = Issuer(conference);
        var deadline = conference.RegistrationDeadline.ToString();

        // Without the earlier version, a new revision means a reschedule: Conference.Reschedule is what makes one.
        var timeChanged = previous is null || previous.Schedule != conference.Schedule;
        var placeChanged = previous is not null && previous.Venue != conference.Venue;
        var deadlineChanged = previous is null || previous.RegistrationDeadline != conference.RegistrationDeadline;
        var what = string.Join(", ", new[]
        {
            timeChanged ? LetterTexts.WhatTime : null,
            placeChanged ? LetterTexts.WhatPlace : null,
        }.OfType<string>());
        if (what.Length == 0)
        {
            what = LetterTexts.WhatDeadline;
        }

        var facts = new List<Fact>();
        AddChange(facts, timeChanged, LetterTexts.LabelTime, LetterTexts.LabelNewTime, LetterTexts.LabelOldTime,
            LetterTexts.AtTime(When(conference.Schedule)), previous is null ? null : LetterTexts.AtTime(When(previous.Schedule)));
        AddChange(facts, placeChanged, LetterTexts.LabelPlace, LetterTexts.LabelNewPlace, LetterTexts.LabelOldPlace,
            Place(conference.Venue), previous is null ? null : Place(previous.Venue));
        facts.Add(new Fact(
            deadlineChanged ? LetterTexts.LabelNewDeadline : LetterTexts.LabelDeadline, deadline, FactStyle.Emphasized));

        var body = new List<LetterBlock>
        {
            Salutation(addressee),
            new Paragraph(
                new Run(LetterTexts.UpdateAnnouncement(issuer, what)),
                new Run(conference.Title, Strong: true),
                new Run(LetterTexts.UpdateAnnouncementEnd)),
            new Facts(facts),
            new Paragraph(new Run(LetterTexts.OtherDetailsUnchanged)),
        };

        if (recipient is LetterRecipient.Deputed deputed)
        {
            body.Add(new Paragraph(new Run(deputed.SentBy is Invitee.Person
                ? LetterTexts.StillDeputyFor(deputed.SentBy.Name)
                : LetterTexts.StillRepresenting(VietnameseCase.InSentence(deputed.SentBy.Name)))));
            body.Add(new Paragraph(new Run(LetterTexts.SorryForChange(issuer, addressee.Pronoun))));
            body.Add(DetailsButton(personalLink));
            body.Add(new Note(LetterTexts.TellTheInviteeIfUnable(ReferenceTo(deputed.SentBy))));
        }
        else
        {
            body.Add(new Paragraph(new Run(LetterTexts.EarlierAnswersStand(addressee.Pronoun, deadline), Strong: true)));
            body.Add(new Paragraph(new Run(LetterTexts.SorryForChange(issuer, addressee.Pronoun))));
            body.Add(new Paragraph(new Run(LetterTexts.ChooseBelow)));
            body.Add(AnswerButtons(personalLink));
        }

        body.Add(new Note(LetterTexts.CalendarUpdated));

        var preheader = $"{LetterTexts.SubjectUpdate(what)}. {LetterTexts.DeadlinePreheader(When(conference.Schedule), deadline)}";
        return Document(LetterTexts.SubjectUpdate(what), LetterTexts.HeadingUpdate, preheader, conference, body, personal: true);
    }

    /// <summary>A changed fact as its new value (emphasized) over the old one (struck); an unchanged one as it is.</summary>
    private static void AddChange(
        List<Fact> facts, bool changed, string label, string newLabel, string oldLabel, string value, string? oldValue)
    {
        if (!changed)
        {
            facts.Add(new Fact(label, value));
            return;
        }

        facts.Add(new Fact(newLabel, value, FactStyle.Emphasized));
        if (oldValue is not null)
        {
            facts.Add(new Fact(oldLabel, oldValue, FactStyle.Superseded));
        }
    }

    private static LetterDocument Cancellation(Conference conference, LetterRecipient recipient)
    {
        var addressee = AddresseeOf(recipient);
        var issuer = Issuer(conference);
        LetterBlock[] body =
        [
            Salutation(addressee),
            new Paragraph(
                new Run(LetterTexts.CancellationAnnouncement(issuer)),
                new Run(conference.Title, Strong: true),
                new Run(LetterTexts.CancellationPlanned(When(conference.Schedule), conference.Venue?.ToString()))),
            new Paragraph(new Run(LetterTexts.EarlierAnswersVoid)),
            new Paragraph(new Run(LetterTexts.NewInvitationIfHeldLater(issuer))),
            new Paragraph(new Run(LetterTexts.Apology(issuer, addressee.Pronoun))),
            new Note(LetterTexts.CalendarRemoved),
        ];

        var preheader = LetterTexts.CancelledPreheader(VietnameseFormat.Date(conference.Schedule.Date));
        return Document(LetterTexts.SubjectCancellation, LetterTexts.HeadingCancellation, preheader, conference, body, personal: false);
    }
}
