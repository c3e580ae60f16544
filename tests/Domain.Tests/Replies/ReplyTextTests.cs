using HdndWorkflow.Domain.Replies;

namespace HdndWorkflow.Domain.Tests.Replies;

public sealed class ReplyTextTests
{
    [Theory]
    [InlineData("gmail")]
    [InlineData("outlook")]
    [InlineData("zimbra")]
    [InlineData("apple")]
    [InlineData("original message")]
    [InlineData("forwarded")]
    public void Only_the_text_above_the_history_is_new(string client)
    {
        var history = client switch
        {
            "gmail" => ReplyQuotes.Gmail,
            "outlook" => ReplyQuotes.Outlook,
            "zimbra" => ReplyQuotes.Zimbra,
            "apple" => ReplyQuotes.AppleMail,
            "original message" => ReplyQuotes.OriginalMessage,
            _ => ReplyQuotes.Forwarded,
        };

        ReplyText.NewText("Xin phép vắng mặt." + history).Should().Be("Xin phép vắng mặt.");
    }

    [Fact]
    public void Quoted_lines_are_dropped_wherever_they_are()
    {
        ReplyText.NewText("Vào Th 2, 21 thg 7, 2025 Văn phòng <a@b.vn> đã viết:\n> Đề nghị xác nhận tham dự\n> Không tham dự\n\nDạ, xin vắng ạ")
            .Should().Be("Dạ, xin vắng ạ");
    }

    [Theory]
    [InlineData("Xác nhận tham dự\n-- \nNguyễn Văn A\nChủ tịch HĐND xã")]
    [InlineData("Xác nhận tham dự\nTrân trọng,\nNguyễn Văn A")]
    [InlineData("Xác nhận tham dự\n\nĐược gửi từ iPhone của tôi")]
    [InlineData("Xác nhận tham dự\r\n\r\nGet Outlook for Android")]
    public void Signatures_are_cut(string body) => ReplyText.NewText(body).Should().Be("Xác nhận tham dự");

    [Fact]
    public void A_line_of_the_reply_is_not_taken_for_a_wrapped_attribution()
    {
        ReplyText.NewText("Tham dự ngày 31/7 ạ\nOn Mon, 21 Jul 2025 at 08:00 <a@b.vn> wrote:\n> Giấy mời")
            .Should().Be("Tham dự ngày 31/7 ạ");
    }

    [Fact]
    public void Html_without_a_text_part_is_read_without_its_quoted_history()
    {
        const string html = """
            <html><head><style>p{color:red}</style></head><body><div dir="ltr">Xin phép vắng mặt &amp; cảm ơn.<br>Lê Văn B</div>
            <div class="gmail_quote"><div dir="ltr" class="gmail_attr">Vào Th 2 … đã viết:</div><blockquote>Xác nhận tham dự</blockquote></div></body></html>
            """;

        ReplyText.NewTextOfHtml(html).Should().Be("Xin phép vắng mặt & cảm ơn.\nLê Văn B");
    }

    [Theory]
    [InlineData("Re: Giấy mời: Hội nghị lần thứ năm", "")]
    [InlineData("RE: TL: Nhắc xác nhận tham dự: Hội nghị lần thứ năm", "")]
    [InlineData("Re: Giấy mời: Hội nghị lần thứ năm - XÁC NHẬN THAM DỰ", "XÁC NHẬN THAM DỰ")]
    [InlineData("Tra loi: Giay moi: Hoi nghi lan thu nam (vang mat)", "(vang mat)")]
    [InlineData("Xác nhận tham dự hội nghị", "Xác nhận tham dự hội nghị")]
    public void The_subject_keeps_only_the_senders_own_words(string subject, string expected) =>
        ReplySubject.UserPart(subject, "Hội nghị lần thứ năm").Should().Be(expected);

    [Fact]
    public void Folding_keeps_one_character_for_one()
    {
        var prepared = VietnameseFold.Prepare("Đồng chí Nguyễn Văn A xác nhận THAM DỰ");
        VietnameseFold.Fold(prepared).Should().Be("dong chi nguyen van a xac nhan tham du").And.HaveLength(prepared.Length);
        VietnameseFold.Prepare("tham d\u01B0\u0323").Should().Be("tham dự", "a letter typed with a combining mark is composed");
    }
}
