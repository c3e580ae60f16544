using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Portal;

namespace HdndWorkflow.Functions.Conclusions.Api;

/// <summary>
/// A published article as the portal's pages need it: title, date line, the lead, the paragraphs after it in reading
/// order (<see cref="Paragraphs"/> never repeats <see cref="Lead"/>) and the byline, the correction notes to show above
/// it, the notice (number, summary, downloads) and the page's address.
/// </summary>
public sealed record PortalArticle(
    Guid Id,
    string Slug,
    string CouncilId,
    string CouncilName,
    string Title,
    string DateLine,
    string PublishedOn,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    string Lead,
    IReadOnlyList<string> Paragraphs,
    string Byline,
    IReadOnlyList<CorrectionNote> Corrections,
    PortalNotice Notice,
    PortalLinks Links)
{
    internal static PortalArticle From(PublishedArticle p)
    {
        var id = p.Conference;
        return new(
            id.Value,
            Portal.Slug.From(p.Article.Title),
            p.Council.Value,
            p.CouncilName,
            p.Article.Title,
            p.Article.DateLine,
            VietnamTime.ToLocal(p.PublishedAt).Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            p.PublishedAt.ToDateTimeOffset(),
            p.UpdatedAt.ToDateTimeOffset(),
            p.Article.Paragraphs[0],
            [.. p.Article.Paragraphs.Skip(1)],
            p.Article.Byline,
            [.. p.Corrections.Select(c => new CorrectionNote(VietnameseFormat.Date(VietnamTime.ToLocal(c.At).Date), c.At.ToDateTimeOffset(), c.Note, PortalTexts.CorrectionLine(c)))],
            new PortalNotice(p.Notice.Number, p.NumberSymbol, p.Notice.Summary, p.Notice.PlaceAndDate),
            PortalLinks.For(p));
    }
}

/// <summary>An article in the portal's list.</summary>
public sealed record PortalArticleSummary(
    Guid Id, string Slug, string CouncilId, string CouncilName, string Title, string DateLine, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt,
    string Lead, bool Corrected, PortalLinks Links)
{
    internal static PortalArticleSummary From(PublishedArticle p) => new(
        p.Conference.Value, Portal.Slug.From(p.Article.Title), p.Council.Value, p.CouncilName, p.Article.Title, p.Article.DateLine,
        p.PublishedAt.ToDateTimeOffset(), p.UpdatedAt.ToDateTimeOffset(), p.Article.Paragraphs[0], p.Corrections.Count > 0, PortalLinks.For(p));
}

/// <summary>A correction's date, note, and the line shown with the article ("Đính chính ngày 05/08/2026: …").</summary>
public sealed record CorrectionNote(string Date, DateTimeOffset At, string Note, string Text);

/// <summary>The notice: "Số: 12/TB-HĐND", its symbol, summary line and place and date.</summary>
public sealed record PortalNotice(string Number, string Symbol, string Summary, string PlaceAndDate);

/// <summary>The article's page, its JSON, the notice's downloads and the feed (paths on the app).</summary>
public sealed record PortalLinks(string Page, string Self, string NoticeHtml, string NoticePdf, string Feed)
{
    internal static PortalLinks For(PublishedArticle p) => new(
        ConclusionPaths.Article(p.Conference), ConclusionPaths.ArticleApi(p.Conference), ConclusionPaths.NoticeHtml(p.Conference),
        ConclusionPaths.NoticePdf(p.Conference), ConclusionPaths.Feed);
}
