namespace HdndWorkflow.Domain.Conclusions;

/// <summary>The lengths, counts and characters of the outcome's texts (see <see cref="InputLimits"/>).</summary>
public sealed partial record Outcome
{
    private void CheckTexts(List<ValidationError> errors)
    {
        CheckList(Assessment, ConclusionFields.Assessment, "đoạn đánh giá", Labels.Paragraph, InputLimits.Paragraph, errors);
        TextRules.CheckCount(Figures, InputLimits.FigureStatements, ConclusionFields.Figures, Messages.TooMany("câu số liệu", InputLimits.FigureStatements), errors);
        for (var s = 0; s < Figures.Count; s++)
        {
            var statement = Figures[s];
            TextRules.Check(statement.Period, InputLimits.FigureText, ConclusionFields.Statement(s, "period"), Labels.FigurePeriod, errors);
            TextRules.Check(statement.Subject, InputLimits.FigureText, ConclusionFields.Statement(s, "subject"), Labels.FigureSubject, errors);
            TextRules.CheckCount(statement.Figures, InputLimits.FiguresPerStatement, ConclusionFields.Statement(s, "figures"), Messages.TooMany("số liệu trong một câu", InputLimits.FiguresPerStatement), errors);
            for (var f = 0; f < (statement.Figures?.Count ?? 0); f++)
            {
                CheckFigure(statement.Figures![f], ConclusionFields.Figure(s, f), errors);
            }
        }

        if (PresidingChair is { } chair)
        {
            TextRules.Check(chair.Name, InputLimits.PersonName, ConclusionFields.PresidingChairName, Labels.PresidingChairName, errors);
            TextRules.CheckCount(chair.Titles, InputLimits.TitlesPerPerson, ConclusionFields.PresidingChairTitles, Messages.TooMany("chức danh", InputLimits.TitlesPerPerson), errors);
            for (var t = 0; t < (chair.Titles?.Count ?? 0); t++)
            {
                TextRules.Check(chair.Titles![t]?.Text, InputLimits.Title, ConclusionFields.PresidingChairTitle(t), Labels.Title, errors);
            }
        }

        CheckList(Conclusions, ConclusionFields.Conclusions, "đoạn kết luận", Labels.Paragraph, InputLimits.Paragraph, errors);
        CheckList(Directives, ConclusionFields.Directives, "nhiệm vụ", Labels.Directive, InputLimits.Paragraph, errors);
        CheckList(Discussion.Problems, ConclusionFields.DiscussionProblems, "khó khăn, vướng mắc", Labels.Paragraph, InputLimits.Paragraph, errors);
        CheckList(Discussion.Proposals, ConclusionFields.DiscussionProposals, "giải pháp", Labels.Paragraph, InputLimits.Paragraph, errors);
        TextRules.Check(FieldVisit?.Place, InputLimits.Paragraph, ConclusionFields.FieldVisitPlace, Labels.FieldVisit, errors, multiLine: true);
        TextRules.Check(FieldVisit?.When, InputLimits.FigureText, ConclusionFields.FieldVisitWhen, Labels.FieldVisitWhen, errors);
        TextRules.CheckCount(Authors, InputLimits.Authors, ConclusionFields.Authors, Messages.TooMany("tác giả", InputLimits.Authors), errors);
        for (var i = 0; i < Authors.Count; i++)
        {
            TextRules.Check(Authors[i], InputLimits.PersonName, ConclusionFields.Item(ConclusionFields.Authors, i), Labels.Author, errors);
        }

        var total = TextRules.TotalLength(Texts());
        if (total > InputLimits.OutcomeText)
        {
            errors.Add(new(ConclusionFields.Outcome, Messages.TooLongInTotal("kết quả hội nghị", total, InputLimits.OutcomeText)));
        }
    }

    /// <summary>Every text of the outcome, for its total length.</summary>
    private IEnumerable<string?> Texts() =>
    [
        .. Assessment,
        .. Figures.SelectMany(s => (IEnumerable<string?>)[s.Period, s.Subject, .. (s.Figures ?? []).SelectMany(FigureTexts)]),
        .. Discussion.Problems,
        .. Discussion.Proposals,
        PresidingChair?.Name,
        .. PresidingChair?.Titles?.Select(t => t?.Text) ?? [],
        .. Conclusions,
        .. Directives,
        FieldVisit?.Place,
        FieldVisit?.When,
        .. Authors,
    ];

    private static IEnumerable<string?> FigureTexts(Figure figure) =>
        [figure.Verb, figure.Label, .. (figure.Breakdown ?? []).SelectMany(FigureTexts)];

    // A figure's texts and those of its breakdown's parts ("figures[0].figures[1].breakdown[0].label").
    private static void CheckFigure(Figure figure, string field, List<ValidationError> errors)
    {
        TextRules.Check(figure.Verb, InputLimits.FigureText, $"{field}.verb", Labels.FigureVerb, errors);
        TextRules.Check(figure.Label, InputLimits.FigureText, $"{field}.label", Labels.FigureLabel, errors);
        TextRules.CheckCount(figure.Breakdown, InputLimits.FiguresPerStatement, $"{field}.breakdown", Messages.TooMany("phần chi tiết của số liệu", InputLimits.FiguresPerStatement), errors);
        for (var p = 0; p < (figure.Breakdown?.Count ?? 0); p++)
        {
            CheckFigure(figure.Breakdown![p], $"{field}.breakdown[{p}]", errors);
        }
    }

    private static void CheckList(IReadOnlyList<string> items, string field, string what, string label, int maxLength, List<ValidationError> errors)
    {
        TextRules.CheckCount(items, InputLimits.Paragraphs, field, Messages.TooMany(what, InputLimits.Paragraphs), errors);
        for (var i = 0; i < items.Count; i++)
        {
            TextRules.Check(items[i], maxLength, ConclusionFields.Item(field, i), label, errors, multiLine: true);
        }
    }

    private static class Labels
    {
        public const string Paragraph = "Đoạn văn";
        public const string Directive = "Nhiệm vụ";
        public const string FigureSubject = "Chủ thể của số liệu";
        public const string FigurePeriod = "Thời gian của số liệu";
        public const string FigureVerb = "Hoạt động của số liệu";
        public const string FigureLabel = "Đơn vị của số liệu";
        public const string PresidingChairName = "Họ tên đồng chí chủ trì";
        public const string Title = "Chức danh";
        public const string FieldVisit = "Nội dung khảo sát thực tế";
        public const string FieldVisitWhen = "Thời gian khảo sát thực tế";
        public const string Author = "Tên tác giả";
    }
}
