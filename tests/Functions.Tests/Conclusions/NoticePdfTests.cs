using System.Text;
using System.Text.RegularExpressions;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Functions.Conclusions.Documents;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>The sample notice rendered once and read back by pdf.js, shared by the tests that only read it.</summary>
public sealed class RenderedNotice : IAsyncLifetime
{
    public ConclusionNotice Notice { get; } = NoticeSamples.Notice();

    public byte[] Pdf { get; private set; } = [];

    public PdfText Text { get; private set; } = new([]);

    public async Task InitializeAsync()
    {
        Pdf = NoticePdf.Render(Notice);
        Text = await PdfText.ReadAsync(Pdf);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public class NoticePdfTests(RenderedNotice rendered) : IClassFixture<RenderedNotice>
{
    [Fact]
    public void Output_is_a_pdf_with_the_notice_on_a_single_page()
    {
        Encoding.ASCII.GetString(rendered.Pdf, 0, 5).Should().Be("%PDF-");
        rendered.Text.Pages.Should().ContainSingle();
    }

    [Fact]
    public void Header_reads_back_as_Vietnamese_with_diacritics() =>
        rendered.Text.Flat.Should()
            .Contain("HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ THƯỜNG TRỰC HĐND")
            .And.Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .And.Contain("Độc lập - Tự do - Hạnh phúc")
            .And.Contain("Số: 12/TB-HĐND")
            .And.Contain("Quảng Trị, ngày 05 tháng 8 năm 2024");

    [Fact]
    public void Title_and_summary_read_back_centred_under_the_header() =>
        rendered.Text.Flat.Should().Contain(
            "THÔNG BÁO Kết luận của Thường trực HĐND tỉnh tại Hội nghị giao ban giữa Thường trực HĐND tỉnh với Thường trực " +
            "HĐND cấp huyện lần thứ tư, nhiệm kỳ 2021 \u2013 2026");

    [Fact]
    public void Every_paragraph_of_the_body_reads_back_in_order()
    {
        var notice = rendered.Notice;
        string[] paragraphs =
        [
            .. notice.Opening,
            .. notice.Sections.SelectMany(section => (string[])[section.Heading!, .. section.Paragraphs]),
            notice.Closing,
        ];

        var text = rendered.Text.Flat;
        var position = 0;
        foreach (var paragraph in paragraphs.Select(PdfText.Collapse))
        {
            var found = text.IndexOf(paragraph, position, StringComparison.Ordinal);
            found.Should().BeGreaterThanOrEqualTo(0, $"\"{paragraph}\" is printed after what precedes it");
            position = found + paragraph.Length;
        }
    }

    [Fact]
    public void Recipients_and_signature_block_read_back() =>
        rendered.Text.Flat.Should()
            .Contain("Nơi nhận: - Thường trực Tỉnh ủy; - UBND tỉnh; - Thường trực HĐND các huyện, thị xã, thành phố; - Lưu: VT, TH.")
            .And.Contain("TM. THƯỜNG TRỰC HĐND KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Chiến Thắng");

    [Fact]
    public async Task Long_notice_flows_onto_pages_numbered_from_the_second()
    {
        var text = await PdfText.ReadAsync(NoticePdf.Render(NoticeSamples.Notice(extraParagraphs: 40)));

        text.Pages.Count.Should().BeGreaterThan(2);
        text.Pages[0].Should().StartWith("HỘI ĐỒNG NHÂN DÂN");
        for (var page = 2; page <= text.Pages.Count; page++)
        {
            text.Pages[page - 1].Should().StartWith($"{page}\n", "page numbers are centred in the top margin from page 2 on");
        }

        PdfText.Collapse(text.Pages[^1]).Should().Contain("biết, thực hiện./.").And.EndWith("Nguyễn Chiến Thắng",
            "the closing sentence stays on the page of the signature");
        Regex.Matches(text.Flat, "Các đại biểu đã trao đổi kinh nghiệm").Should().HaveCount(41);
    }

    [Fact]
    public async Task Closing_sentence_signature_and_recipients_are_never_alone_on_a_page()
    {
        var printed = await NoticePages.AroundFirstPageBreakAsync(extra => Task.FromResult(NoticePdf.Render(NoticeSamples.Notice(extraParagraphs: extra))));

        foreach (var (extra, pages) in printed)
        {
            NoticePages.EndSharesItsPageWithTheBody(pages, $"{extra} more paragraphs");
        }
    }

    [Fact]
    public void Term_is_never_broken_across_lines() => NoticePages.TermIsNeverBroken(rendered.Text.Pages);

    [Fact]
    public async Task Decomposed_input_is_printed_as_precomposed_letters()
    {
        var decomposed = "Kết luận của Thường trực HĐND tỉnh về công tác tiếp xúc cử tri".Normalize(NormalizationForm.FormD);

        var text = await PdfText.ReadAsync(NoticePdf.Render(rendered.Notice with { Summary = decomposed }));

        text.Flat.Should().Contain("Kết luận của Thường trực HĐND tỉnh về công tác tiếp xúc cử tri");
    }

    [Fact]
    public async Task Renders_on_many_threads_at_once()
    {
        var pdfs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => NoticePdf.Render(rendered.Notice))));

        pdfs.Should().OnlyContain(pdf => pdf.Length > 10_000 && Encoding.ASCII.GetString(pdf, 0, 5) == "%PDF-");
    }
}
