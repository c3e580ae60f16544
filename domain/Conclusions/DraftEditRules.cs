namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// What an edit of the drafted article and notice must keep to (see <see cref="InputLimits"/>): every part the edit
/// changes is checked (required parts not emptied, lengths, characters), and the whole may not grow past its total.
/// Parts the edit leaves as drafted are not: the app drafted them, and an attendance of a thousand invitees may be
/// long. A paragraph kept from before counts as unchanged wherever it moved.
/// </summary>
public static class DraftEditRules
{
    /// <summary>Every problem of <paramref name="edited"/> as an edit of <paramref name="before"/>; empty when none.</summary>
    public static IReadOnlyList<ValidationError> Check(ArticleDraft before, ArticleDraft edited)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(edited);
        var errors = new List<ValidationError>();
        Single(before.Title, edited.Title, "article.title", "Tiêu đề bài viết", InputLimits.Heading, required: true, multiLine: false, errors);
        Single(before.Lead, edited.Lead, "article.lead", "Đoạn mở đầu", InputLimits.Paragraph, required: true, multiLine: true, errors);
        Single(before.Attendance, edited.Attendance, "article.attendance", "Thành phần dự hội nghị", InputLimits.Attendance, required: false, multiLine: true, errors);
        Paragraphs(before.Body, edited.Body, "article.body", required: true, errors);
        Paragraphs(before.Conclusion, edited.Conclusion, "article.conclusion", required: true, errors);
        Single(before.FieldVisit, edited.FieldVisit, "article.fieldVisit", "Đoạn khảo sát thực tế", InputLimits.Paragraph, required: false, multiLine: true, errors);
        Single(before.Byline, edited.Byline, "article.byline", "Tác giả", InputLimits.Heading, required: true, multiLine: false, errors);
        Total(Texts(before), Texts(edited), InputLimits.ArticleText, "article", "bài viết", errors);
        return errors;
    }

    /// <summary>Every problem of the editable parts of <paramref name="edited"/> as an edit of <paramref name="before"/>.</summary>
    public static IReadOnlyList<ValidationError> Check(ConclusionNotice before, ConclusionNotice edited)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(edited);
        var errors = new List<ValidationError>();
        Single(before.Summary, edited.Summary, "notice.summary", "Trích yếu của thông báo", InputLimits.Heading, required: true, multiLine: false, errors);
        Paragraphs(before.Opening, edited.Opening, "notice.opening", required: false, errors);
        TextRules.CheckCount(edited.Sections, InputLimits.NoticeSections, "notice.sections", Messages.TooMany("mục trong thông báo", InputLimits.NoticeSections), errors);
        for (var i = 0; i < edited.Sections.Count; i++)
        {
            Section(before.Sections.ElementAtOrDefault(i), edited.Sections[i], ConclusionFields.Item("notice.sections", i), errors);
        }

        Single(before.Closing, edited.Closing, "notice.closing", "Câu kết của thông báo", InputLimits.Paragraph, required: true, multiLine: true, errors);
        Total(Texts(before), Texts(edited), InputLimits.NoticeText, "notice", "thông báo", errors);
        return errors;
    }

    private static void Section(NoticeSection? before, NoticeSection edited, string field, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(edited.Heading) && edited.Paragraphs.Count == 0)
        {
            errors.Add(new(field, Messages.SectionEmpty));
            return;
        }

        Single(before?.Heading, edited.Heading, $"{field}.heading", "Tiêu đề mục", InputLimits.Heading, required: false, multiLine: false, errors);
        Paragraphs(before?.Paragraphs ?? [], edited.Paragraphs, $"{field}.paragraphs", required: false, errors);
    }

    private static void Single(string? before, string? edited, string field, string label, int maxLength, bool required, bool multiLine, List<ValidationError> errors)
    {
        if (string.Equals(before, edited, StringComparison.Ordinal))
        {
            return;
        }

        if (required && string.IsNullOrWhiteSpace(edited))
        {
            errors.Add(new(field, Messages.PartRequired(label)));
            return;
        }

        TextRules.Check(edited, maxLength, field, label, errors, multiLine);
    }

    private static void Paragraphs(IReadOnlyList<string> before, IReadOnlyList<string> edited, string field, bool required, List<ValidationError> errors)
    {
        if (before.SequenceEqual(edited, StringComparer.Ordinal))
        {
            return;
        }

        if (required && edited.Count == 0)
        {
            errors.Add(new(field, Messages.ParagraphsRequired));
            return;
        }

        TextRules.CheckCount(edited, InputLimits.Paragraphs, field, Messages.TooMany("đoạn", InputLimits.Paragraphs), errors);
        var kept = before.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < edited.Count; i++)
        {
            var paragraph = edited[i];
            if (string.IsNullOrWhiteSpace(paragraph))
            {
                errors.Add(new(ConclusionFields.Item(field, i), ConclusionMessages.ParagraphEmpty));
            }
            else if (!kept.Contains(paragraph))
            {
                TextRules.Check(paragraph, InputLimits.Paragraph, ConclusionFields.Item(field, i), "Đoạn văn", errors, multiLine: true);
            }
        }
    }

    private static void Total(IEnumerable<string?> before, IEnumerable<string?> edited, int maxLength, string field, string what, List<ValidationError> errors)
    {
        var length = TextRules.TotalLength(edited);
        if (length > maxLength && length > TextRules.TotalLength(before))
        {
            errors.Add(new(field, Messages.TooLongInTotal(what, length, maxLength)));
        }
    }

    private static IEnumerable<string?> Texts(ArticleDraft a) =>
        [a.Title, a.Lead, a.Attendance, .. a.Body, .. a.Conclusion, a.FieldVisit, a.Byline];

    private static IEnumerable<string?> Texts(ConclusionNotice n) =>
        [n.Summary, .. n.Opening, .. n.Sections.SelectMany(s => (IEnumerable<string?>)[s.Heading, .. s.Paragraphs]), n.Closing];
}
