using HdndWorkflow.Domain.Vietnamese;

namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// Related figures written as one sentence, the way council portals write them: the period and the subject, then the
/// figures, those of one verb after the verb once ("6 tháng đầu năm các cấp tổ chức được 27 cuộc giám sát, 11 cuộc khảo
/// sát."), figures with a breakdown separated by semicolons ("HĐND các cấp tổ chức 58 kỳ họp, trong đó cấp tỉnh 05 kỳ
/// (02 kỳ thường lệ, 03 kỳ chuyên đề), cấp xã 53 kỳ; ban hành 41 Nghị quyết."). Period, subject and verbs may each be
/// left out; without a verb the figures follow a colon ("Kết quả 6 tháng đầu năm: 27 cuộc giám sát, 11 cuộc khảo sát.").
/// </summary>
public sealed record FigureStatement(string? Period, string? Subject, IReadOnlyList<Figure> Figures)
{
    /// <summary>Figures about a subject, without a separate period ("Từ đầu nhiệm kỳ, HĐND tỉnh" as one text).</summary>
    public FigureStatement(string? subject, IReadOnlyList<Figure> figures)
        : this(null, subject, figures)
    {
    }

    /// <summary>The sentence, starting with a capital and ending with a full stop.</summary>
    public string Sentence
    {
        get
        {
            var broken = Figures.Any(figure => figure.Breakdown.Count > 0);
            var groups = Figures
                .GroupBy(figure => Prose.Phrase(figure.Verb), StringComparer.Ordinal)
                .Select(group => (Verb: group.Key, Figures: string.Join(broken ? "; " : ", ", group.Select(figure => figure.Counted))))
                .ToList();
            var figures = groups.Select(group => group.Verb.Length > 0 ? $"{group.Verb} {group.Figures}" : group.Figures).ToList();
            var body = broken ? string.Join("; ", figures) : Prose.JoinWithAnd(figures);
            var head = string.Join(' ', new[] { Period, Subject }.Select(part => part?.Trim()).Where(part => !string.IsNullOrEmpty(part)));
            var sentence = head.Length == 0 ? body
                : groups.Count > 0 && groups[0].Verb.Length > 0 ? $"{head} {body}"
                : $"{head.TrimEnd(',', ':', ' ')}: {body}";
            return Prose.EndSentence(VietnameseFormat.Capitalize(sentence));
        }
    }
}
