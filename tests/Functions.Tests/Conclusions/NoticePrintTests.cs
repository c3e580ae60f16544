using HdndWorkflow.Functions.Conclusions.Documents;
using HdndWorkflow.Functions.Tests.Pages;
using Microsoft.Playwright;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>The notice's HTML printed by Chromium, as a reader who presses "In" gets it, read back by pdf.js.</summary>
public class NoticePrintTests
{
    [Fact]
    public async Task Printed_from_the_browser_the_end_is_never_alone_on_a_page_and_the_term_never_broken()
    {
        await using var browser = await PhoneBrowser.OpenAsync();

        var printed = await NoticePages.AroundFirstPageBreakAsync(async extra =>
        {
            await browser.Page.SetContentAsync(NoticeHtml.Render(NoticeSamples.Notice(extraParagraphs: extra)));
            return await browser.Page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        });

        foreach (var (extra, pages) in printed)
        {
            NoticePages.EndSharesItsPageWithTheBody(pages, $"{extra} more paragraphs");
            NoticePages.TermIsNeverBroken(pages);
        }
    }
}
