using HdndWorkflow.Domain.Conferences;

namespace HdndWorkflow.Domain.Letters;

/// <summary>
/// Composes the Vietnamese e-mail letters about a conference (issue #4): the invitation, the update after a
/// reschedule, the reminder, the cancellation and the deputy's invitation. Pure: no clock, no I/O.
/// Split by concern: this file (the entry point), <c>.Sections</c> (the parts letters share),
/// <c>.Invitations</c> (invitation, reminder, deputy) and <c>.Changes</c> (update, cancellation).
/// </summary>
public static partial class LetterComposer
{
    /// <summary>
    /// The letter of <paramref name="kind"/> about <paramref name="conference"/> for <paramref name="recipient"/>.
    /// <paramref name="personalLink"/> is the recipient's own confirmation page (absolute http or https); the
    /// invitation, the update and the reminder link to it with the answer preselected (<see cref="AnswerLinks"/>),
    /// the deputy's letters link to it as it is, and the cancellation does not link at all.
    /// For <see cref="LetterKind.Update"/>, <paramref name="previous"/> is the conference as announced before, so the
    /// letter can say what changed (without it, the letter gives the new time only); other kinds ignore it.
    /// Every letter but the reminder says that the calendar file is attached; attaching it is the sender's job.
    /// With <paramref name="answerByReply"/> (replies by e-mail are set up: the e-mail's Reply-To and the calendar's
    /// organizer come back to this invitation), the invitation and the reminder also say that a reply to the e-mail, or
    /// the calendar's Accept / Decline, answers it; without it they say nothing of the kind, since nothing would read it.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The link is not an absolute http(s) address, or the recipient does not fit the kind: the invitation and the
    /// reminder go to an invitee, the deputy's invitation to a deputy; updates and cancellations go to either.
    /// </exception>
    public static Letter Compose(
        LetterKind kind, Conference conference, LetterRecipient recipient, Uri personalLink, Conference? previous = null, bool answerByReply = false)
    {
        ArgumentNullException.ThrowIfNull(conference);
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(personalLink);
        if (!personalLink.IsAbsoluteUri || (personalLink.Scheme != Uri.UriSchemeHttps && personalLink.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The personal link must be an absolute http or https address.", nameof(personalLink));
        }

        var document = (kind, recipient) switch
        {
            (LetterKind.Invitation, LetterRecipient.Invited invited) => Invitation(conference, invited, personalLink, answerByReply),
            (LetterKind.Reminder, LetterRecipient.Invited invited) => Reminder(conference, invited, personalLink, answerByReply),
            (LetterKind.DeputyInvitation, LetterRecipient.Deputed deputed) => DeputyInvitation(conference, deputed, personalLink),
            (LetterKind.Update, _) => Update(conference, previous, recipient, personalLink),
            (LetterKind.Cancellation, _) => Cancellation(conference, recipient),
            (LetterKind.Invitation or LetterKind.Reminder or LetterKind.DeputyInvitation, _) => throw new ArgumentException(
                $"A {kind} letter cannot go to a {recipient.GetType().Name} recipient.", nameof(recipient)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown letter kind."),
        };

        return Render(document);
    }

    /// <summary>
    /// The words every letter's subject starts with, before the conference's title ("Giấy mời", "Nhắc xác nhận tham
    /// dự", …): a reply's subject repeats them, and they are not the sender's answer.
    /// </summary>
    public static IReadOnlyList<string> SubjectPrefixes { get; } =
    [
        LetterTexts.SubjectDeputyInvitation, LetterTexts.SubjectInvitation, LetterTexts.SubjectReminder, LetterTexts.SubjectCancellation,
        LetterTexts.SubjectUpdate(LetterTexts.WhatTime), LetterTexts.SubjectUpdate(LetterTexts.WhatPlace),
        LetterTexts.SubjectUpdate(LetterTexts.WhatDeadline), LetterTexts.SubjectAnswerRecorded, LetterTexts.SubjectAnswerNotRecorded,
    ];

    // A subject is a mail header: a line break typed into a council's name must not start a new header.
    private static string SingleLine(string text) =>
        string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
