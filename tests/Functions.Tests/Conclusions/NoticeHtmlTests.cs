using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Functions.Conclusions.Documents;

namespace HdndWorkflow.Functions.Tests.Conclusions;

public class NoticeHtmlTests
{
    private static readonly ConclusionNotice Notice = NoticeSamples.Notice();

    [Fact]
    public void Page_is_a_complete_A4_document_with_the_decrees_margins_and_a_serif_font()
    {
        var html = NoticeHtml.Render(Notice);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"vi\">").And.EndWith("</html>\n");
        html.Should().Contain("<meta charset=\"utf-8\">")
            .And.Contain("@page { size: A4; margin: 20mm 15mm 20mm 30mm;")
            .And.Contain("@page :first { @top-center { content: none; } }")
            .And.Contain("font-family: \"Times New Roman\", \"Liberation Serif\"")
            .And.Contain("font-size: 14pt")
            .And.Contain("text-align: justify; text-indent: 12.7mm;")
            .And.NotContain("<script");
    }

    [Fact]
    public void Parts_appear_in_the_decrees_reading_order()
    {
        var html = NoticeHtml.Render(Notice);
        string[] parts =
        [
            "<p class=\"parent\">HỘI ĐỒNG NHÂN DÂN</p>",
            "<p class=\"parent\">TỈNH QUẢNG TRỊ</p>",
            "<div class=\"body-name\"><p class=\"line\">THƯỜNG TRỰC HĐND</p></div>",
            "<p class=\"national-title\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>",
            "<span class=\"motto\">Độc lập - Tự do - Hạnh phúc</span>",
            "<p class=\"number\">Số: 12/TB-HĐND</p>",
            "<p class=\"place-date\">Quảng Trị, ngày 05 tháng 8 năm 2024</p>",
            "<h1>THÔNG BÁO</h1>",
            "<span class=\"summary\">Kết luận của Thường trực HĐND tỉnh tại Hội nghị giao ban",
            "<p>Ngày 02/08/2024, tại Hội trường HĐND tỉnh, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban với Thường trực HĐND " +
            "cấp huyện lần thứ tư, nhiệm kỳ <span class=\"nb\">2021&#xA0;–&#xA0;2026.</span> Đồng chí Nguyễn Chiến Thắng",
            "<p class=\"heading\">1. Đánh giá chung</p>",
            "<p class=\"heading\">2. Nhiệm vụ trọng tâm thời gian tới</p>",
            "<p>- Tăng cường hoạt động giám sát.</p>",
            "<p>Thường trực HĐND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.</p>",
            "<p class=\"recipients-heading\">Nơi nhận:</p>",
            "<p class=\"recipient\">- Thường trực Tỉnh ủy;</p>",
            "<p class=\"recipient\">- Lưu: VT, TH.</p>",
            "<p class=\"authority\">TM. THƯỜNG TRỰC HĐND</p>",
            "<p class=\"authority\">PHÓ CHỦ TỊCH</p>",
            "<p class=\"signer\">Nguyễn Chiến Thắng</p>",
        ];

        var position = 0;
        foreach (var part in parts)
        {
            var found = html.IndexOf(part, position, StringComparison.Ordinal);
            found.Should().BeGreaterThanOrEqualTo(0, $"{part} follows the parts before it");
            position = found + part.Length;
        }
    }

    [Fact]
    public void Number_below_ten_is_printed_with_its_leading_zero() =>
        NoticeHtml.Render(NoticeSamples.Notice(number: 7)).Should().Contain("<p class=\"number\">Số: 07/TB-HĐND</p>");

    [Fact]
    public void Term_is_held_on_one_line_and_the_end_is_kept_with_the_body_in_print()
    {
        var html = NoticeHtml.Render(Notice);

        html.Should().Contain("<span class=\"summary\">Kết luận của Thường trực HĐND tỉnh tại Hội nghị giao ban giữa Thường trực HĐND tỉnh với " +
            "Thường trực HĐND cấp huyện lần thứ tư, nhiệm kỳ <span class=\"nb\">2021&#xA0;–&#xA0;2026</span></span>");
        html.Should().Contain(".nb { white-space: nowrap; }")
            .And.Contain(".content .heading { break-after: avoid; }")
            .And.Contain(".content > p:last-of-type { break-after: avoid; }")
            .And.Contain(".end { break-inside: avoid; break-before: avoid; }");
    }

    [Fact]
    public void Every_text_is_html_encoded_and_vietnamese_stays_readable()
    {
        var hostile = Notice with
        {
            Summary = "Kết luận <script>alert('x')</script> & \"trích yếu\"",
            Recipients = ["- <b>UBND</b> tỉnh;"],
            Signature = Notice.Signature with { Name = "Nguyễn <i>Văn</i> A" },
            Sections = [new NoticeSection("1. <Đánh giá>", ["a < b & c > d"])],
        };

        var html = NoticeHtml.Render(hostile);

        html.Should().NotContain("<script>").And.NotContain("<b>").And.NotContain("<i>").And.NotContain("<Đánh");
        html.Should().Contain("Kết luận &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;trích yếu&quot;")
            .And.Contain("- &lt;b&gt;UBND&lt;/b&gt; tỉnh;")
            .And.Contain("Nguyễn &lt;i&gt;Văn&lt;/i&gt; A")
            .And.Contain("<p>a &lt; b &amp; c &gt; d</p>")
            .And.Contain("Quảng Trị, ngày 05 tháng 8 năm 2024", "Vietnamese letters are written as they are, not as entities");
    }

    [Fact]
    public void Notice_without_numbered_sections_has_no_heading() =>
        NoticeHtml.Render(Notice with { Sections = [new NoticeSection(null, ["Hội nghị đã thống nhất các nội dung."])] })
            .Should().NotContain("class=\"heading\"").And.Contain("<p>Hội nghị đã thống nhất các nội dung.</p>");
}
