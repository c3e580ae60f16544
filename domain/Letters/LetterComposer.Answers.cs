using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;

namespace HdndWorkflow.Domain.Letters;

/// <summary>
/// The short letters that answer a reply by e-mail or from a calendar: what was recorded, or why nothing was.
/// </summary>
public static partial class LetterComposer
{
    /// <summary>
    /// "Đã ghi nhận trả lời": the answer recorded for <paramref name="invitee"/>. With <paramref name="personalLink"/>
    /// the letter goes to the invitee (and links to the confirmation page); without it, to someone who replied from
    /// another address (<paramref name="answeredFrom"/>), who must not receive the invitee's link.
    /// </summary>
    public static Letter AnswerRecorded(Conference conference, Invitee invitee, InvitationResponse response, string? answeredFrom, Uri? personalLink)
    {
        ArgumentNullException.ThrowIfNull(conference);
        ArgumentNullException.ThrowIfNull(invitee);
        ArgumentNullException.ThrowIfNull(response);
        var deadline = conference.RegistrationDeadline.ToString();
        var whose = invitee is Invitee.Person ? $"{LetterTexts.Comrade} {invitee.Name}" : invitee.Name;
        var body = new List<LetterBlock>
        {
            personalLink is null ? new Paragraph(new Run(LetterTexts.To), new Run(answeredFrom ?? whose, Strong: true)) : Salutation(AddresseeOf(invitee)),
            new Paragraph(new Run(LetterTexts.AnswerRecorded(Issuer(conference), whose)), new Run(conference.Title, Strong: true), new Run(":")),
            new Facts([.. AnswerFacts(response), TimeFact(conference), PlaceFact(conference)]),
        };
        if (answeredFrom is not null)
        {
            body.Add(new Note(LetterTexts.AnsweredFrom(answeredFrom)));
        }

        if (response is InvitationResponse.Tentative)
        {
            body.Add(new Paragraph(new Run(LetterTexts.StillReminded(deadline), Strong: true)));
        }

        if (personalLink is not null)
        {
            body.Add(new Paragraph(new Run(LetterTexts.ChangeByReplying(AddresseeOf(invitee).Pronoun, deadline))));
            body.Add(new Buttons([new LetterAction(LetterTexts.OpenConfirmationPage, personalLink, Blue)]));
        }
        else
        {
            body.Add(new Paragraph(new Run(LetterTexts.ChangeByReplyingWithoutLink(deadline))));
        }

        var preheader = $"{LetterTexts.LabelAnswer}: {Describe(response)}.";
        return Render(Document(LetterTexts.SubjectAnswerRecorded, LetterTexts.HeadingAnswerRecorded, preheader, conference, body, personal: personalLink is not null));
    }

    /// <summary>"Chưa ghi nhận được trả lời": the reply came, but <paramref name="why"/> (the deadline passed, say).</summary>
    public static Letter AnswerNotRecorded(Conference conference, Invitee invitee, string why)
    {
        ArgumentNullException.ThrowIfNull(conference);
        ArgumentNullException.ThrowIfNull(invitee);
        ArgumentException.ThrowIfNullOrWhiteSpace(why);
        var whose = invitee is Invitee.Person ? $"{LetterTexts.Comrade} {invitee.Name}" : invitee.Name;
        LetterBlock[] body =
        [
            new Paragraph(
                new Run(LetterTexts.AnswerNotRecorded(Issuer(conference), whose)),
                new Run(conference.Title, Strong: true),
                new Run(LetterTexts.AnswerNotRecordedEnd)),
            new Paragraph(new Run(why, Strong: true)),
        ];
        return Render(Document(LetterTexts.SubjectAnswerNotRecorded, LetterTexts.HeadingAnswerNotRecorded, why, conference, body, personal: false));
    }

    /// <summary>"Tham dự", "Không tham dự (lý do: …)", "Cử người dự thay: Lê Văn B – Phó Chủ tịch HĐND phường".</summary>
    public static string Describe(InvitationResponse response) => response switch
    {
        InvitationResponse.DeputySent sent => $"{response.Kind.DisplayName}: {sent.Deputy}",
        InvitationResponse.Declined { Reason: { Length: > 0 } reason } => $"{response.Kind.DisplayName} ({LetterTexts.LabelReason.ToLowerInvariant()}: {reason})",
        _ => response.Kind.DisplayName,
    };

    private static IEnumerable<Fact> AnswerFacts(InvitationResponse response)
    {
        yield return new Fact(LetterTexts.LabelAnswer, response switch
        {
            InvitationResponse.DeputySent sent => $"{response.Kind.DisplayName}: {sent.Deputy}",
            _ => response.Kind.DisplayName,
        }, FactStyle.Emphasized);
        if (response is InvitationResponse.Declined { Reason: { Length: > 0 } reason })
        {
            yield return new Fact(LetterTexts.LabelReason, reason);
        }

        if (response is InvitationResponse.DeputySent { Deputy: { HasEmail: true } deputy })
        {
            yield return new Fact(LetterTexts.LabelDeputyEmail, deputy.Email!.Value);
        }
    }

    private static Letter Render(LetterDocument document) =>
        new(SingleLine(document.Subject), LetterHtml.Render(document), LetterText.Render(document));
}
