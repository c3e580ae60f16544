namespace HdndWorkflow.Domain.Conclusions;

/// <summary>
/// What the delegates discussed: the problems they raised and the solutions they proposed, each a phrase as typed
/// ("Việc giải quyết kiến nghị cử tri còn chậm"). Drafted as one paragraph of its own after the assessment: "Thảo luận
/// tại hội nghị, các đại biểu đã nêu một số khó khăn, vướng mắc: …; … Các đại biểu đề xuất một số giải pháp: …; …."
/// </summary>
public sealed record Discussion(IReadOnlyList<string> Problems, IReadOnlyList<string> Proposals)
{
    public static Discussion None { get; } = new([], []);

    public bool IsEmpty => Problems.Count == 0 && Proposals.Count == 0;

    /// <summary>The paragraph; empty when nothing was recorded.</summary>
    public string Paragraph => (Problems.Count, Proposals.Count) switch
    {
        (0, 0) => string.Empty,
        (_, 0) => $"{ConclusionTexts.DiscussionOpening}{ConclusionTexts.ProblemsRaised}: {Prose.Items(Problems)}.",
        (0, _) => $"{ConclusionTexts.DiscussionOpening}{ConclusionTexts.SolutionsProposed}: {Prose.Items(Proposals)}.",
        _ => $"{ConclusionTexts.DiscussionOpening}{ConclusionTexts.ProblemsRaised}: {Prose.Items(Problems)}. " +
            $"{ConclusionTexts.ProposalsFollow}: {Prose.Items(Proposals)}.",
    };
}
