using HdndWorkflow.Domain.Conclusions;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conclusions;

public class ConclusionNoticeTests
{
    private static readonly LocalDate IssuedOn = new(2024, 8, 5);

    private static Result<ConclusionNotice> Compose(
        Outcome? outcome = null, NoticeIssuer? issuer = null, NoticeNumber? number = null, LocalDate? issuedOn = null) =>
        ConclusionNotice.Compose(
            ConclusionBuilders.Conference(),
            outcome ?? ConclusionBuilders.Outcome(),
            issuer ?? ConclusionBuilders.Issuer(),
            number ?? new NoticeNumber(12, 2024),
            issuedOn ?? IssuedOn);

    private static ConclusionNotice Notice() => Compose().Value;

    [Fact]
    public void Header_has_issuer_number_national_title_motto_and_place_date()
    {
        var notice = Notice();

        notice.ParentLines.Should().Equal("HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN");
        notice.BodyLines.Should().Equal("THƯỜNG TRỰC HĐND");
        notice.Number.Should().Be("Số: 12/TB-HĐND");
        notice.NationalTitle.Should().Be("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        notice.Motto.Should().Be("Độc lập - Tự do - Hạnh phúc");
        notice.PlaceAndDate.Should().Be("Nghệ An, ngày 05 tháng 8 năm 2024");
    }

    [Theory]
    [InlineData(2024, 8, 5, "Nghệ An, ngày 05 tháng 8 năm 2024")]
    [InlineData(2024, 10, 9, "Nghệ An, ngày 09 tháng 10 năm 2024")]
    [InlineData(2025, 1, 15, "Nghệ An, ngày 15 tháng 01 năm 2025")]
    [InlineData(2025, 2, 3, "Nghệ An, ngày 03 tháng 02 năm 2025")]
    [InlineData(2025, 3, 1, "Nghệ An, ngày 01 tháng 3 năm 2025")]
    [InlineData(2024, 12, 25, "Nghệ An, ngày 25 tháng 12 năm 2024")]
    public void Date_in_words_pads_days_below_ten_and_months_one_and_two(int year, int month, int day, string expected) =>
        Compose(number: new NoticeNumber(1, year), issuedOn: new LocalDate(year, month, day)).Value.PlaceAndDate.Should().Be(expected);

    [Theory]
    [InlineData(12, "HĐND", "12/TB-HĐND")]
    [InlineData(5, "HĐND", "05/TB-HĐND")]
    [InlineData(1, "HĐND", "01/TB-HĐND")]
    [InlineData(10, "HĐND", "10/TB-HĐND")]
    [InlineData(134, " TTHĐND ", "134/TB-TTHĐND")]
    public void Number_is_sequence_with_leading_zero_below_ten_TB_and_the_issuers_code(int sequence, string code, string symbol)
    {
        var number = new NoticeNumber(sequence, 2024);

        number.Symbol(code).Should().Be(symbol);
        number.Line(code).Should().Be($"Số: {symbol}");
    }

    [Fact]
    public void Title_block_is_THONG_BAO_with_the_conclusion_summary()
    {
        var notice = Notice();

        notice.DocumentType.Should().Be("THÔNG BÁO");
        notice.Summary.Should().Be(
            "Kết luận của Thường trực HĐND tỉnh tại Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh với " +
            "Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021\u00a0\u2013\u00a02026");
    }

    [Fact]
    public void Opening_says_when_where_who_held_it_and_who_concluded() =>
        Notice().Opening.Should().Equal(
            "Ngày 02/08/2024, tại thị xã Cửa Lò, Thường trực HĐND tỉnh tổ chức Hội nghị trao đổi kinh nghiệm hoạt động với " +
            "Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021\u00a0\u2013\u00a02026. Các đồng chí: Nguyễn Nam Đình \u2013 Ủy viên " +
            "BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; Nguyễn Như Khôi \u2013 Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch " +
            "HĐND tỉnh đồng chủ trì.",
            "Sau khi nghe ý kiến phát biểu của các đại biểu dự hội nghị, đồng chí Nguyễn Nam Đình \u2013 Ủy viên BTV Tỉnh ủy, " +
            "Phó Chủ tịch Thường trực HĐND tỉnh kết luận như sau:");

    [Fact]
    public void Body_has_assessment_with_conclusions_then_tasks_as_items()
    {
        var sections = Notice().Sections;

        sections.Should().HaveCount(2);
        sections[0].Heading.Should().Be("1. Đánh giá chung");
        sections[0].Paragraphs.Should().HaveCount(4);
        sections[0].Paragraphs[0].Should().EndWith("trong tỉnh tổ chức 12 kỳ họp, ban hành 145 nghị quyết và thực hiện 30 cuộc giám sát.");
        sections[0].Paragraphs[2].Should().Be("Đánh giá cao sự chuẩn bị và tham dự đầy đủ, tích cực của các vị đại biểu.");
        sections[1].Heading.Should().Be("2. Nhiệm vụ trọng tâm thời gian tới");
        sections[1].Paragraphs.Should().Equal(
            "- Thực hiện tốt chức năng, nhiệm vụ của HĐND các cấp;",
            "- Tiếp tục đổi mới, nâng cao chất lượng các kỳ họp, các phiên họp;",
            "- Tăng cường hoạt động giám sát.");
    }

    [Fact]
    public void Without_tasks_the_body_is_one_section_without_number()
    {
        var notice = Compose(outcome: ConclusionBuilders.Outcome() with { Directives = [] }).Value;

        notice.Sections.Should().ContainSingle().Which.Heading.Should().BeNull();
    }

    [Fact]
    public void Without_venue_the_opening_reads_without_a_place()
    {
        var notice = ConclusionNotice.Compose(
            ConclusionBuilders.Conference() with { Venue = null }, ConclusionBuilders.Outcome(), ConclusionBuilders.Issuer(),
            new NoticeNumber(12, 2024), IssuedOn).Value;

        notice.Opening[0].Should().StartWith("Ngày 02/08/2024, Thường trực HĐND tỉnh tổ chức Hội nghị");
    }

    [Fact]
    public void Field_visit_and_byline_belong_to_the_article_only() =>
        Notice().ToPlainText().Should().NotContain("Nghi Hòa").And.NotContain("Hữu Lương");

    [Fact]
    public void Closes_signs_and_lists_recipients_ending_with_the_archive()
    {
        var notice = Notice();

        notice.Closing.Should().Be("Thường trực HĐND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.");
        notice.Signature.Should().BeEquivalentTo(
            new NoticeSignature(["TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Nam Đình"));
        notice.RecipientsHeading.Should().Be("Nơi nhận:");
        notice.Recipients.Should().Equal(
            "- Thường trực Tỉnh ủy;", "- UBND tỉnh;", "- Thường trực HĐND các huyện, thành phố, thị xã;", "- Lưu: VT, TH.");
    }

    [Fact]
    public void Plain_text_follows_the_decree_order()
    {
        var text = Notice().ToPlainText();

        text.Should().StartWith(
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH NGHỆ AN\nTHƯỜNG TRỰC HĐND\nSố: 12/TB-HĐND\n\n" +
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNghệ An, ngày 05 tháng 8 năm 2024\n\n" +
            "THÔNG BÁO\nKết luận của Thường trực HĐND tỉnh tại Hội nghị");
        text.Should().Contain(
            "thực hiện./.\n\nTM. THƯỜNG TRỰC HĐND\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Nam Đình\n\nNơi nhận:\n- Thường trực Tỉnh ủy;");
        text.Should().EndWith("- Lưu: VT, TH.\n");
    }

    [Fact]
    public void Number_of_another_year_or_below_one_is_refused() =>
        Compose(number: new NoticeNumber(0, 2023)).Errors.Should().BeEquivalentTo(
        [
            new ValidationError("number.sequence", "Số thông báo phải từ 1 trở lên."),
            new ValidationError("number.year", "Số thông báo được cấp cho năm 2023 nhưng ngày ban hành thuộc năm 2024."),
        ]);

    [Fact]
    public void Notice_dated_before_the_conference_is_refused() =>
        Compose(issuedOn: new LocalDate(2024, 8, 1)).Errors.Should().ContainSingle().Which.Should().Be(
            new ValidationError("issuedOn", "Ngày ban hành thông báo không được trước ngày tổ chức hội nghị."));

    [Fact]
    public void Incomplete_issuer_lists_every_problem()
    {
        var issuer = new NoticeIssuer
        {
            ParentLines = ["HỘI ĐỒNG NHÂN DÂN", " "],
            BodyLines = [],
            Code = "",
            Place = " ",
            Signature = new NoticeSignature([], ""),
            Recipients = ["UBND tỉnh", ""],
            Archive = "",
        };

        Compose(issuer: issuer).Errors.Should().BeEquivalentTo(
        [
            new ValidationError("parentLines[1]", "Dòng tên cơ quan không được để trống."),
            new ValidationError("bodyLines", "Cần ghi tên cơ quan ban hành thông báo."),
            new ValidationError("code", "Cần ghi chữ viết tắt tên cơ quan ban hành (ví dụ: \u201cHĐND\u201d)."),
            new ValidationError("place", "Cần ghi địa danh nơi ban hành (ví dụ: \u201cQuảng Trị\u201d)."),
            new ValidationError("signature.authority", "Cần ghi thẩm quyền ký (ví dụ: \u201cTM. THƯỜNG TRỰC HĐND\u201d)."),
            new ValidationError("signature.name", "Họ tên người ký không được để trống."),
            new ValidationError("recipients[1]", "Nơi nhận không được để trống."),
            new ValidationError("archive", "Cần ghi nơi lưu văn bản (ví dụ: \u201cVT, TH\u201d)."),
        ]);
    }

    [Fact]
    public void Invalid_outcome_refuses_the_notice_too() =>
        Compose(outcome: ConclusionBuilders.Outcome() with { Conclusions = [] }).Errors
            .Should().ContainSingle().Which.Field.Should().Be("conclusions");
}
