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
        CheckParagraphs(Conclusions, ConclusionFields.Conclusions, ConclusionMessages.ConclusionsRequired, errors);
        if (Conclusions.Count > 0 && Conclusions[0]?.TrimStart() is { Length: > 0 } first && char.IsUpper(first[0]))
        {
            errors.Add(new(ConclusionFields.Item(ConclusionFields.Conclusions, 0), ConclusionMessages.FirstConclusionLowercase));
        }

        CheckItems(Directives, ConclusionFields.Directives, ConclusionMessages.DirectiveEmpty, errors);
        CheckParagraphs(Authors, ConclusionFields.Authors, ConclusionMessages.AuthorsRequired, errors, ConclusionMessages.AuthorEmpty);
        CheckTexts(errors);
        return errors;
    }

    private void CheckFigures(List<ValidationError> errors)
    {
        for (var s = 0; s < Figures.Count; s++)
        {
            var statement = Figures[s];
            if (string.IsNullOrWhiteSpace(statement.Subject))
            {
                errors.Add(new(ConclusionFields.Statement(s, "subject"), ConclusionMessages.FigureSubjectRequired));
            }

            if (statement.Figures is not { Count: > 0 })
            {
                errors.Add(new(ConclusionFields.Statement(s, "figures"), ConclusionMessages.FiguresRequired));
                continue;
            }

            for (var f = 0; f < statement.Figures.Count; f++)
            {
                var figure = statement.Figures[f];
                if (string.IsNullOrWhiteSpace(figure.Verb))
                {
                    errors.Add(new(ConclusionFields.Figure(s, f, "verb"), ConclusionMessages.FigureVerbRequired));
                }

                if (figure.Number < 0)
                {
                    errors.Add(new(ConclusionFields.Figure(s, f, "number"), ConclusionMessages.FigureNegative));
                }

                if (string.IsNullOrWhiteSpace(figure.Label))
                {
                    errors.Add(new(ConclusionFields.Figure(s, f, "label"), ConclusionMessages.FigureLabelRequired));
                }
            }
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
