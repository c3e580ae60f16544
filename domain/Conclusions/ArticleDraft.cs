namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// The news article about a conference, drafted in the style of the council's portal: title, publication date line,
/// lead (with who attended), body, the chair's conclusions, an optional field visit and the byline.
/// Build it with <see cref="Compose"/>; editors may change any part before approval.
/// </summary>
public sealed partial record ArticleDraft
{
    /// <summary>"Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh với … lần thứ năm, nhiệm kỳ 2021 – 2026".</summary>
    public required string Title { get; init; }

    /// <summary>"Đăng ngày 02/08/2024".</summary>
    public required string DateLine { get; init; }

    /// <summary>"Sáng ngày 2/8, tại …, Thường trực HĐND tỉnh tổ chức … Các đồng chí: … đồng chủ trì."</summary>
    public required string Lead { get; init; }

    /// <summary>"Dự hội nghị có các đồng chí: …", which ends the lead's paragraph; null when nobody else attended.</summary>
    public string? Attendance { get; init; }

    /// <summary>What was assessed and discussed, the figures in the first paragraph.</summary>
    public required IReadOnlyList<string> Body { get; init; }

    /// <summary>"Kết luận hội nghị, đồng chí … " with the conclusions; the tasks set end the last paragraph.</summary>
    public required IReadOnlyList<string> Conclusion { get; init; }

    /// <summary>The field visit's paragraph; null when there was none.</summary>
    public string? FieldVisit { get; init; }

    /// <summary>"Minh Anh – Thu Hà".</summary>
    public required string Byline { get; init; }

    /// <summary>The paragraphs between the date line and the byline, in order: lead with attendance, body, conclusion, field visit.</summary>
    public IReadOnlyList<string> Paragraphs =>
    [
        Attendance is null ? Lead : $"{Lead} {Attendance}",
        .. Body,
        .. Conclusion,
        .. FieldVisit is null ? Array.Empty<string>() : [FieldVisit],
    ];

    /// <summary>The article as plain text: title, date line, paragraphs and byline, separated by blank lines.</summary>
    public string ToPlainText() => string.Join("\n\n", [Title, DateLine, .. Paragraphs, Byline]) + "\n";
}
