using System.Net;
using System.Text.RegularExpressions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Letters;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Letters;

/// <summary>Letters composed from <see cref="Builders"/>' conference, and helpers to read them back.</summary>
internal static partial class LetterFixtures
{
    public static readonly Uri Link = new("https://hdnd.example.vn/xac-nhan/k7Qz9");

    public static readonly Deputy CucDeputy = new("Phạm Thị Cúc", "Phó Giám đốc Sở Tư pháp", EmailAddress.From("cuc.pt@example.vn"));

    public static LetterRecipient.Invited Invited(Invitee invitee) => new(invitee);

    public static LetterRecipient.Deputed DeputyOf(Invitee invitee) => new(CucDeputy, invitee);

    public static Letter Compose(LetterKind kind, LetterRecipient recipient, Conference? conference = null, Conference? previous = null) =>
        LetterComposer.Compose(kind, conference ?? Builders.Inviting(), recipient, Link, previous);

    /// <summary>The conference moved to the afternoon of 06/08/2024 with a new deadline, as Reschedule leaves it.</summary>
    public static Conference Moved(Conference conference) => conference with
    {
        Schedule = new Schedule(new LocalDate(2024, 8, 6), new LocalTime(14, 0), new LocalTime(17, 0)),
        RegistrationDeadline = new RegistrationDeadline(new LocalDateTime(2024, 8, 5, 17, 0)),
        Revision = conference.Revision + 1,
    };

    /// <summary>What a reader sees in the HTML: tags removed, entities decoded.</summary>
    public static string Visible(Letter letter) => WebUtility.HtmlDecode(Tag().Replace(letter.Html, string.Empty));

    /// <summary>Every link target in the HTML, decoded.</summary>
    public static IReadOnlyList<string> Hrefs(Letter letter) =>
        [.. Href().Matches(letter.Html).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value))];

    public static string AnswerLink(string value) => $"{Link.AbsoluteUri}?tra-loi={value}";

    public static readonly string[] AnswerHrefs =
        [AnswerLink("tham-du"), AnswerLink("khong-tham-du"), AnswerLink("cu-nguoi-du-thay")];

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
