using System.Text;
using System.Text.RegularExpressions;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>What a printed notice's pages must show, whatever printed them.</summary>
internal static partial class NoticePages
{
    private const string Closing = "Thường trực HĐND tỉnh thông báo để";

    /// <summary>
    /// Prints the sample notice longer and longer (<paramref name="print"/> turns the number of extra paragraphs into a
    /// PDF) until its page count first grows, and reads back, with pdf.js, the two lengths on either side: the last
    /// that fits, and the first where the end no longer fits under the body.
    /// </summary>
    public static async Task<IReadOnlyList<(int Extra, IReadOnlyList<string> Pages)>> AroundFirstPageBreakAsync(Func<int, Task<byte[]>> print)
    {
        var previous = await print(0);
        for (var extra = 1; extra <= 60; extra++)
        {
            var pdf = await print(extra);
            if (PageCount(pdf) > PageCount(previous))
            {
                return [(extra - 1, (await PdfText.ReadAsync(previous)).Pages), (extra, (await PdfText.ReadAsync(pdf)).Pages)];
            }

            previous = pdf;
        }

        throw new InvalidOperationException("The notice never grew by a page.");
    }

    /// <summary>
    /// The closing sentence, the signature and the recipients are on one page, and that page carries body text before
    /// them (more than its page number): none of them is left alone on a page.
    /// </summary>
    public static void EndSharesItsPageWithTheBody(IReadOnlyList<string> pages, string because)
    {
        var page = pages.Select(PdfText.Collapse).Last(text => text.Contains(Closing, StringComparison.Ordinal));
        page.Should().Contain("Nguyễn Chiến Thắng", because).And.Contain("Lưu: VT, TH.", because);
        var before = page[..page.IndexOf(Closing, StringComparison.Ordinal)];
        var body = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(word => word.All(char.IsDigit)).ToList();
        body.Should().HaveCountGreaterThan(3, $"the body's last lines stay with the closing sentence ({because})");
    }

    /// <summary>The term is printed whole on every line it appears on: no line ends inside "2021 – 2026".</summary>
    public static void TermIsNeverBroken(IReadOnlyList<string> pages)
    {
        var text = string.Join('\n', pages);
        text.Should().MatchRegex("2021[ \u00a0]–[ \u00a0]2026").And.NotMatchRegex("2021[ \u00a0]*\\n|–[ \u00a0]*\\n[ \u00a0]*2026", "the term is never broken across lines");
    }

    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
