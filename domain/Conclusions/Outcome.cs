using HdndWorkflow.Domain.Conferences;

namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// What a conference came to, as its organizer drafts it afterwards: what was assessed, the figures reported, what the
/// delegates discussed, who presided over the conclusion, the conclusions and the tasks set, an optional field visit,
/// and who wrote it up. The news article and the conclusion notice are both drawn from it. Texts are kept as entered
/// (abbreviations such as "HĐND", "UBND", "BTV" are never re-cased); use <see cref="Validate"/> before drafting.
/// </summary>
public sealed partial record Outcome
{
    /// <summary>Paragraphs on what was assessed and discussed ("Hội nghị đã tập trung đánh giá …"); at least one.</summary>
    public IReadOnlyList<string> Assessment { get; init; } = [];

    /// <summary>Figures reported, one sentence per statement; they follow the first assessment paragraph.</summary>
    public IReadOnlyList<FigureStatement> Figures { get; init; } = [];

    /// <summary>The problems the delegates raised and the solutions they proposed; drafted as a paragraph of its own.</summary>
    public Discussion Discussion { get; init; } = Discussion.None;

    /// <summary>The official who presided and concluded, usually one of the co-chairs, with the chain of titles.</summary>
    public required CoChair PresidingChair { get; init; }

    /// <summary>
    /// The chair's conclusions, at least one paragraph. The first continues the article's "Kết luận hội nghị, đồng chí
    /// … " with what the chair did ("đánh giá cao sự chuẩn bị …"; an opening capital of an ordinary word is lowered).
    /// </summary>
    public IReadOnlyList<string> Conclusions { get; init; } = [];

    /// <summary>The tasks the chair set for the coming period ("Tăng cường hoạt động giám sát"), in order.</summary>
    public IReadOnlyList<string> Directives { get; init; } = [];

    /// <summary>A field visit around the conference; null when there was none.</summary>
    public FieldVisit? FieldVisit { get; init; }

    /// <summary>Who wrote the article, as they sign it ("Minh Anh", "Thu Hà"); at least one.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Whether there was a field visit to report.</summary>
    public bool HasFieldVisit => FieldVisit is not null;

    /// <summary>"Minh Anh – Thu Hà".</summary>
    public string Byline => string.Join(" \u2013 ", Authors.Select(author => author.Trim()));

    /// <summary>
    /// The first assessment paragraph followed by the figure sentences, then the other paragraphs, then the discussion's
    /// paragraph when there is one.
    /// </summary>
    internal IReadOnlyList<string> AssessmentWithFigures() =>
    [
        string.Join(' ', [Prose.Paragraph(Assessment[0]), .. Figures.Select(statement => statement.Sentence)]),
        .. Assessment.Skip(1).Select(Prose.Paragraph),
        .. Discussion.IsEmpty ? Array.Empty<string>() : [Discussion.Paragraph],
    ];
}
