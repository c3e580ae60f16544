namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// Figures about one subject, written as one sentence: subject "Từ đầu nhiệm kỳ, HĐND tỉnh" with three figures reads
/// "Từ đầu nhiệm kỳ, HĐND tỉnh đã tổ chức 12 kỳ họp, ban hành 145 nghị quyết và thực hiện 30 cuộc giám sát."
/// </summary>
public sealed record FigureStatement(string Subject, IReadOnlyList<Figure> Figures)
{
    /// <summary>The sentence: subject, "đã", the figures joined by commas with "và" before the last, a full stop.</summary>
    public string Sentence => $"{Subject.Trim()} đã {Prose.JoinWithAnd(Figures.Select(figure => figure.ToString()))}.";
}
