using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// The fixed Vietnamese wording of the article and the notice, in one place so it can be reviewed together.
/// User-entered texts (names, titles, paragraphs) are inserted as they are: nothing here changes their case.
/// </summary>
internal static class ConclusionTexts
{
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string NoticeType = "THÔNG BÁO";
    public const string RecipientsHeading = "Nơi nhận:";
    public const string AssessmentHeading = "Đánh giá chung";
    public const string DirectivesHeading = "Nhiệm vụ trọng tâm thời gian tới";

    /// <summary>"Đăng ngày 02/08/2024".</summary>
    public static string DateLine(LocalDate date) => $"Đăng ngày {VietnameseFormat.Date(date)}";

    /// <summary>
    /// "Hội nghị trao đổi kinh nghiệm hoạt động với Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021 – 2026": the
    /// conference named after its host ("Thường trực HĐND tỉnh tổ chức …"), so the host is not named twice.
    /// </summary>
    public static string EventAfterHost(Conference conference, OrdinalStyle style)
    {
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

    /// <summary>"Dự hội nghị có đồng chí A." for one person, else "Dự hội nghị có các đồng chí: A; B; C."</summary>
    public static string Attendance(IReadOnlyList<string> lines, bool onePerson) => onePerson
        ? $"Dự hội nghị có đồng chí {lines[0]}."
        : $"Dự hội nghị có các đồng chí: {string.Join("; ", lines)}.";

    /// <summary>"Kết luận hội nghị, đồng chí A – … đánh giá cao …".</summary>
    public static string ConclusionOpening(CoChair chair, string firstConclusion) =>
        $"Kết luận hội nghị, đồng chí {chair} {Prose.EndSentence(firstConclusion)}";

    /// <summary>"Đồng chí A đề nghị thời gian tới tập trung thực hiện một số nhiệm vụ trọng tâm: x; y; z."</summary>
    public static string Directives(CoChair chair, IEnumerable<string> directives) =>
        $"Đồng chí {chair.Name.Trim()} đề nghị thời gian tới tập trung thực hiện một số nhiệm vụ trọng tâm: " +
        $"{string.Join("; ", directives.Select(Prose.ListItem))}.";

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
}
