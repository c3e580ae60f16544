namespace HdndWorkflow.Domain.Conclusions;

/// <summary>Validation of the drafted outcome: every problem, with its field and a Vietnamese message.</summary>
public sealed partial record Outcome
{
    /// <summary>Lists every problem; empty when the outcome can be drafted into an article and a notice.</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var errors = new List<ValidationError>();
        CheckParagraphs(Assessment, ConclusionFields.Assessment, ConclusionMessages.AssessmentRequired, errors);
        CheckFigures(errors);
        CheckPresidingChair(errors);
        CheckItems(Discussion?.Problems ?? [], ConclusionFields.DiscussionProblems, ConclusionMessages.DiscussionItemEmpty, errors);
        CheckItems(Discussion?.Proposals ?? [], ConclusionFields.DiscussionProposals, ConclusionMessages.DiscussionItemEmpty, errors);
        CheckParagraphs(Conclusions, ConclusionFields.Conclusions, ConclusionMessages.ConclusionsRequired, errors);
        CheckItems(Directives, ConclusionFields.Directives, ConclusionMessages.DirectiveEmpty, errors);
        if (FieldVisit is not null && string.IsNullOrWhiteSpace(FieldVisit.Place))
        {
            errors.Add(new(ConclusionFields.FieldVisitPlace, ConclusionMessages.FieldVisitPlaceRequired));
        }
        CheckParagraphs(Authors, ConclusionFields.Authors, ConclusionMessages.AuthorsRequired, errors, ConclusionMessages.AuthorEmpty);
        CheckTexts(errors);
        return errors;
    }

    private void CheckFigures(List<ValidationError> errors)
    {
        for (var s = 0; s < Figures.Count; s++)
        {
            if (Figures[s].Figures is not { Count: > 0 } figures)
            {
                errors.Add(new(ConclusionFields.Statement(s, "figures"), ConclusionMessages.FiguresRequired));
                continue;
            }

            for (var f = 0; f < figures.Count; f++)
            {
                CheckFigure(figures[f], ConclusionFields.Figure(s, f), depth: 0, errors);
            }
        }
    }

    /// <summary>A figure and its parts: a label and a number not below zero each; no part above its whole; two levels at most.</summary>
    private static void CheckFigure(Figure figure, string path, int depth, List<ValidationError> errors)
    {
        if (figure.Number < 0)
        {
            errors.Add(new($"{path}.number", ConclusionMessages.FigureNegative));
        }

        if (string.IsNullOrWhiteSpace(figure.Label))
        {
            errors.Add(new($"{path}.label", ConclusionMessages.FigureLabelRequired));
        }

        var parts = figure.Breakdown ?? [];
        if (parts.Count > 0 && depth == Figure.MaxBreakdownDepth)
        {
            errors.Add(new($"{path}.breakdown", ConclusionMessages.BreakdownTooDeep));
            return;
        }

        for (var p = 0; p < parts.Count; p++)
        {
            var part = ConclusionFields.Part(path, p);
            if (parts[p].Number > figure.Number)
            {
                errors.Add(new($"{part}.number", ConclusionMessages.PartAboveWhole(parts[p].Number, figure.Number)));
            }

            CheckFigure(parts[p], part, depth + 1, errors);
        }
    }

    private void CheckPresidingChair(List<ValidationError> errors)
    {
        if (PresidingChair is null)
        {
            errors.Add(new(ConclusionFields.PresidingChair, ConclusionMessages.PresidingChairRequired));
            return;
        }

        if (string.IsNullOrWhiteSpace(PresidingChair.Name))
        {
            errors.Add(new(ConclusionFields.PresidingChairName, ConclusionMessages.PresidingChairNameRequired));
        }

        if (PresidingChair.Titles is not { Count: > 0 })
        {
            errors.Add(new(ConclusionFields.PresidingChairTitles, ConclusionMessages.PresidingChairTitleRequired));
            return;
        }

        for (var t = 0; t < PresidingChair.Titles.Count; t++)
        {
            if (string.IsNullOrWhiteSpace(PresidingChair.Titles[t]?.Text))
            {
                errors.Add(new(ConclusionFields.PresidingChairTitle(t), ConclusionMessages.TitleEmpty));
            }
        }
    }

    private static void CheckParagraphs(
        IReadOnlyList<string> paragraphs, string field, string requiredMessage, List<ValidationError> errors,
        string emptyMessage = ConclusionMessages.ParagraphEmpty)
    {
        if (paragraphs is not { Count: > 0 })
        {
            errors.Add(new(field, requiredMessage));
            return;
        }

        CheckItems(paragraphs, field, emptyMessage, errors);
    }

    private static void CheckItems(IReadOnlyList<string> items, string field, string emptyMessage, List<ValidationError> errors)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i]))
            {
                errors.Add(new(ConclusionFields.Item(field, i), emptyMessage));
            }
        }
    }
}
