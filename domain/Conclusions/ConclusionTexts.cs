using System.Text.RegularExpressions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// The fixed Vietnamese wording of the article and the notice, in one place so it can be reviewed together.
/// User-entered texts (names, titles, paragraphs) are inserted as they are: nothing here changes their case.
/// </summary>
internal static partial class ConclusionTexts
{
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string NoticeType = "THÔNG BÁO";
    public const string RecipientsHeading = "Nơi nhận:";
    public const string AssessmentHeading = "Đánh giá chung";
    public const string DirectivesHeading = "Nhiệm vụ trọng tâm thời gian tới";
    public const string DiscussionOpening = "Thảo luận tại hội nghị, các đại biểu đã ";
    public const string ProblemsRaised = "nêu một số khó khăn, vướng mắc";
    public const string SolutionsProposed = "đề xuất một số giải pháp";
    public const string ProposalsFollow = "Các đại biểu cũng đề xuất một số giải pháp";
    public const string AfterTheConference = "Sau hội nghị";
    public const string DelegatesVisited = "các đại biểu đã đi tham quan";

    /// <summary>"Đăng ngày 02/08/2024".</summary>
    public static string DateLine(LocalDate date) => $"Đăng ngày {VietnameseFormat.Date(date)}";

    /// <summary>
    /// "Hội nghị trao đổi kinh nghiệm hoạt động với Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021 – 2026": the
    /// conference named after its host ("Thường trực HĐND tỉnh tổ chức …"), so the host is not named twice. An own
    /// title is written as the organizer wrote it, except that "giữa {host} với" reads "với" there too.
    /// </summary>
    public static string EventAfterHost(Conference conference, OrdinalStyle style)
    {
        if (!string.IsNullOrWhiteSpace(conference.OwnTitle))
        {
            var own = conference.OwnTitle.Trim();
            var between = $"giữa {conference.Council.StandingCommittee} với ";
            var at = own.IndexOf(between, StringComparison.Ordinal);
            return at < 0 ? own : string.Concat(own.AsSpan(0, at), "với ", own.AsSpan(at + between.Length));
        }

        var below = conference.Scope == ConferenceScope.WithLevelBelow
            ? conference.Council.Level.LevelBelowOn(conference.Schedule.Date)
            : null;
        var with = below is { } level ? $" với Thường trực HĐND {level.DisplayName}" : string.Empty;
        return $"{conference.Kind.DisplayName}{with} lần {VietnameseNumbers.Ordinal(conference.Ordinal, style)}, " +
            $"nhiệm kỳ {conference.Term}";
    }

    /// <summary>", tại Hội trường UBND thị xã Cửa Lò", or nothing when the venue is not known.</summary>
    public static string AtVenue(Venue? venue) =>
        string.IsNullOrWhiteSpace(venue?.Name) ? string.Empty : $", tại {venue.Name.Trim()}";

    /// <summary>
    /// "Các đồng chí: A – …; B – … đồng chủ trì." for two or more co-chairs, "Đồng chí A – … chủ trì hội nghị." for
    /// one, nothing for none.
    /// </summary>
    public static string CoChairs(IReadOnlyList<CoChair> coChairs) => coChairs.Count switch
    {
        0 => string.Empty,
        1 => $" Đồng chí {coChairs[0]} chủ trì hội nghị.",
        _ => $" Các đồng chí: {string.Join("; ", coChairs)} đồng chủ trì.",
    };

    /// <summary>"Sáng ngày 2/8, tại …, Thường trực HĐND tỉnh tổ chức Hội nghị … Các đồng chí: … đồng chủ trì."</summary>
    public static string Lead(Conference conference, OrdinalStyle style) =>
        $"{conference.Schedule.SessionPhrase}{AtVenue(conference.Venue)}, {conference.Council.StandingCommittee} tổ chức " +
        $"{EventAfterHost(conference, style)}.{CoChairs(conference.CoChairs)}";

    /// <summary>
    /// "Dự hội nghị có các đồng chí: A – …; B – …; cùng các Ban HĐND tỉnh; Thường trực HĐND các xã, phường.": the
    /// people by name and title ("có đồng chí A – …" for one), then the units and groups, each in lower case inside
    /// the sentence when it opens with an ordinary word; past <see cref="ArticleDraft.NamedAttendees"/>, the others counted ("… và
    /// 1.250 đại biểu khác."); null when nobody is listed.
    /// </summary>
    public static string? Attendance(IReadOnlyList<string> people, IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(units);
        var named = people.Take(ArticleDraft.NamedAttendees).ToList();
        var namedUnits = units.Take(ArticleDraft.NamedAttendees - named.Count).ToList();
        var others = people.Count + units.Count - named.Count - namedUnits.Count;
        var persons = named.Count switch
        {
            0 => string.Empty,
            1 => $"đồng chí {named[0]}",
            _ => $"các đồng chí: {string.Join("; ", named)}",
        };
        var groups = string.Join("; ", namedUnits.Select(Prose.Phrase));
        var list = (persons.Length, groups.Length) switch
        {
            (0, 0) => null,
            (_, 0) => persons,
            (0, _) => groups,
            _ => named.Count == 1 ? $"{persons} cùng {groups}" : $"{persons}; cùng {groups}",
        };
        if (list is not null && others > 0)
        {
            list += $" và {VietnameseFormat.Count(others)} đại biểu khác";
        }

        return list is null ? null : Prose.EndSentence($"Dự hội nghị có {list}");
    }

    /// <summary>
    /// "Kết luận hội nghị, đồng chí A – … đánh giá cao …": the chair's first conclusion continues the sentence, an
    /// ordinary opening word in lower case; one that opens with a name is quoted after "nêu rõ:".
    /// </summary>
    public static string ConclusionOpening(CoChair chair, string firstConclusion)
    {
        var conclusion = Prose.EndSentence(VietnameseCase.InSentence(firstConclusion));
        return char.IsLower(conclusion[0])
            ? $"Kết luận hội nghị, đồng chí {chair} {conclusion}"
            : $"Kết luận hội nghị, đồng chí {chair} nêu rõ: {conclusion}";
    }

    /// <summary>"Đồng chí A cũng đưa ra một số nhiệm vụ trọng tâm thời gian tới, đó là x; y; z.", the tasks in lower case.</summary>
    public static string Directives(CoChair chair, IEnumerable<string> directives) =>
        $"Đồng chí {chair.Name.Trim()} cũng đưa ra một số nhiệm vụ trọng tâm thời gian tới, đó là {Prose.Items(directives)}.";

    /// <summary>
    /// The text with every span of years ("2026 – 2031", a term) held together by no-break spaces, so that no line of
    /// a printed document breaks it.
    /// </summary>
    public static string HoldYearSpans(string text) => YearSpan().Replace(text, "$1\u00a0$2\u00a0$3");

    /// <summary>"Kết luận của Thường trực HĐND tỉnh tại Hội nghị …": the notice's summary line.</summary>
    public static string Summary(Conference conference) =>
        $"Kết luận của {conference.Council.StandingCommittee} tại {ConferenceTitle.Render(conference)}";

    /// <summary>"Ngày 02/08/2024, tại …, Thường trực HĐND tỉnh tổ chức Hội nghị … Các đồng chí: … đồng chủ trì."</summary>
    public static string NoticeOpening(Conference conference) =>
        $"Ngày {VietnameseFormat.Date(conference.Schedule.Date)}{AtVenue(conference.Venue)}, " +
        $"{conference.Council.StandingCommittee} tổ chức {EventAfterHost(conference, OrdinalStyle.Lowercase)}." +
        CoChairs(conference.CoChairs);

    /// <summary>"Sau khi nghe ý kiến phát biểu của các đại biểu dự hội nghị, đồng chí A – … kết luận như sau:".</summary>
    public static string NoticeLeadIn(CoChair chair) =>
        $"Sau khi nghe ý kiến phát biểu của các đại biểu dự hội nghị, đồng chí {chair} kết luận như sau:";

    /// <summary>"1. Đánh giá chung".</summary>
    public static string Heading(int number, string text) => $"{number}. {text}";

    /// <summary>"Thường trực HĐND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./."</summary>
    public static string Closing(Council council) =>
        $"{council.StandingCommittee} thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.";

    /// <summary>"- Thường trực Tỉnh ủy;" for a recipient, "- Lưu: VT, TH." for the archive line that ends the list.</summary>
    public static string Recipient(string recipient) => $"- {Prose.ListItem(recipient)};";

    /// <summary>"- Lưu: VT, TH.".</summary>
    public static string Archive(string archive) => $"- Lưu: {Prose.ListItem(archive)}.";

    [GeneratedRegex(@"\b(\d{4})\s([\u2013\u2014-])\s(\d{4})\b")]
    private static partial Regex YearSpan();
}
