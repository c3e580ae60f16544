using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Xml;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conferences.Links;

namespace HdndWorkflow.Functions.Conclusions.Portal;

/// <summary>
/// The portal's Atom feed (RFC 4287): one entry per published article, newest change first, its <c>updated</c> moved
/// by each correction (whose note heads the content); a withdrawn article leaves the feed as a tombstone
/// (RFC 6721 <c>at:deleted-entry</c>) that tells readers to remove it.
/// </summary>
internal static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Tombstones = "http://purl.org/atompub/tombstones/1.0";

    // Encodes what HTML needs encoded (<, >, &, quotes) but leaves Vietnamese letters readable.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static byte[] Render(IReadOnlyList<PublishedArticle> articles, PublicLinks links, string self, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(links);
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xmlns", "at", null, Tombstones);
            xml.WriteAttributeString("xml", "lang", null, "vi");
            xml.WriteElementString("id", Atom, links.For(self).AbsoluteUri);
            xml.WriteElementString("title", Atom, "Tin hoạt động của Thường trực Hội đồng nhân dân");
            xml.WriteElementString("updated", Atom, Time(articles.Count == 0 ? now : articles.Max(a => a.UpdatedAt.ToDateTimeOffset())));
            Link(xml, "self", "application/atom+xml", links.For(self));
            Link(xml, "alternate", "text/html", links.For("/tin-tuc"));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "Hội đồng nhân dân");
            xml.WriteEndElement();
            foreach (var article in articles.OrderByDescending(a => a.UpdatedAt))
            {
                if (article.Withdrawal is { } withdrawal)
                {
                    xml.WriteStartElement("at", "deleted-entry", Tombstones);
                    xml.WriteAttributeString("ref", EntryId(article));
                    xml.WriteAttributeString("when", Time(withdrawal.At.ToDateTimeOffset()));
                    xml.WriteElementString("at", "comment", Tombstones, $"{ConclusionTexts.ArticleWithdrawn} {withdrawal.Reason}".Trim());
                    xml.WriteEndElement();
                }
                else
                {
                    Entry(xml, article, links);
                }
            }

            xml.WriteEndElement();
        }

        return output.ToArray();
    }

    private static void Entry(XmlWriter xml, PublishedArticle article, PublicLinks links)
    {
        var id = article.Conference;
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, EntryId(article));
        xml.WriteElementString("title", Atom, article.Article.Title);
        xml.WriteElementString("published", Atom, Time(article.PublishedAt.ToDateTimeOffset()));
        xml.WriteElementString("updated", Atom, Time(article.UpdatedAt.ToDateTimeOffset()));
        Link(xml, "alternate", "text/html", links.For(ConclusionPaths.Article(id)));
        Link(xml, "related", "application/pdf", links.For(ConclusionPaths.NoticePdf(id)), $"Thông báo số {article.NumberSymbol}");
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, article.Article.Byline);
        xml.WriteEndElement();
        xml.WriteStartElement("category", Atom);
        xml.WriteAttributeString("term", article.Council.Value);
        xml.WriteAttributeString("label", article.CouncilName);
        xml.WriteEndElement();
        xml.WriteElementString("summary", Atom, article.Article.Lead);
        xml.WriteStartElement("content", Atom);
        xml.WriteAttributeString("type", "html");
        xml.WriteString(Content(article));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string Content(PublishedArticle article)
    {
        var html = new StringBuilder();
        foreach (var correction in article.Corrections)
        {
            html.Append("<p><em>").Append(Encode(PortalTexts.CorrectionLine(correction))).Append("</em></p>");
        }

        html.Append("<p>").Append(Encode(article.Article.DateLine)).Append("</p>");
        foreach (var paragraph in article.Article.Paragraphs)
        {
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>");
        }

        return html.Append("<p><strong>").Append(Encode(article.Article.Byline)).Append("</strong></p>").ToString();
    }

    private static string EntryId(PublishedArticle article) => $"urn:uuid:{article.Conference}";

    private static void Link(XmlWriter xml, string rel, string type, Uri href, string? title = null)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        if (title is not null)
        {
            xml.WriteAttributeString("title", title);
        }

        xml.WriteEndElement();
    }

    private static string Encode(string text) => Encoder.Encode(text);

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>The portal's wording of corrections and dates.</summary>
public static class PortalTexts
{
    /// <summary>"Đính chính ngày 05/08/2026: …".</summary>
    public static string CorrectionLine(Correction correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        return $"Đính chính ngày {VietnameseFormat.Date(VietnamTime.ToLocal(correction.At).Date)}: {correction.Note}";
    }
}
