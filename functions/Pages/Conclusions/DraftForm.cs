using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conclusions;

namespace HdndWorkflow.Functions.Pages.Conclusions;

/// <summary>
/// The draft's text as posted, kept as typed: the article's parts (paragraphs one a line) and the notice's summary;
/// for a correction, the note readers will see. The notice's other parts come from the council's settings and the outcome.
/// </summary>
public sealed class DraftForm
{
    public int? BaseRevision { get; set; }

    public string? Title { get; set; }

    public string? Lead { get; set; }

    public string? Attendance { get; set; }

    public string? Body { get; set; }

    public string? Conclusion { get; set; }

    public string? FieldVisit { get; set; }

    public string? Byline { get; set; }

    public string? Summary { get; set; }

    public string? Note { get; set; }

    public static DraftForm From(int revision, ArticleDraft article, ConclusionNotice notice)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(notice);
        return new DraftForm
        {
            BaseRevision = revision,
            Title = article.Title,
            Lead = article.Lead,
            Attendance = article.Attendance,
            Body = FormLines.Join(article.Body),
            Conclusion = FormLines.Join(article.Conclusion),
            FieldVisit = article.FieldVisit,
            Byline = article.Byline,
            Summary = notice.Summary,
        };
    }

    /// <summary>What the page refuses before asking the service: empty required parts.</summary>
    public List<ValidationError> Check()
    {
        var errors = new List<ValidationError>();
        void Require(string? text, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                errors.Add(new(field, message));
            }
        }

        Require(Title, "article.title", ConclusionPageTexts.TitleRequired);
        Require(Lead, "article.lead", ConclusionPageTexts.LeadRequired);
        Require(Body, "article.body", ConclusionPageTexts.BodyRequired);
        Require(Conclusion, "article.conclusion", ConclusionPageTexts.ConclusionRequired);
        Require(Byline, "article.byline", ConclusionPageTexts.BylineRequired);
        Require(Summary, "notice.summary", ConclusionPageTexts.SummaryRequired);
        return errors;
    }

    /// <summary>The edited article and notice (an empty attendance or field visit removes that part).</summary>
    public (ArticleDraft, ConclusionNotice) Apply(ArticleDraft article, ConclusionNotice notice)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(notice);
        return (article with
        {
            Title = Title!.Trim(),
            Lead = Lead!.Trim(),
            Attendance = string.IsNullOrWhiteSpace(Attendance) ? null : Attendance.Trim(),
            Body = FormLines.Split(Body),
            Conclusion = FormLines.Split(Conclusion),
            FieldVisit = string.IsNullOrWhiteSpace(FieldVisit) ? null : FieldVisit.Trim(),
            Byline = Byline!.Trim(),
        }, notice with { Summary = Summary!.Trim() });
    }
}
