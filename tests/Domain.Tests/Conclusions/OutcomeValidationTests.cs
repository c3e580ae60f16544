using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;

namespace HdndWorkflow.Domain.Tests.Conclusions;

public class OutcomeValidationTests
{
    private static readonly Outcome Valid = ConclusionBuilders.Outcome();

    [Fact]
    public void A_complete_outcome_has_no_errors() => Valid.Validate().Should().BeEmpty();

    [Fact]
    public void An_outcome_without_figures_directives_or_field_visit_is_valid() =>
        (Valid with { Figures = [], Directives = [], FieldVisit = null }).Validate().Should().BeEmpty();

    [Fact]
    public void Empty_outcome_lists_every_missing_part()
    {
        var empty = new Outcome { PresidingChair = new CoChair(" ", []) };

        empty.Validate().Should().BeEquivalentTo(
        [
            new ValidationError("assessment", "Cần có ít nhất một đoạn đánh giá nội dung hội nghị."),
            new ValidationError("presidingChair.name", "Họ tên đồng chí chủ trì không được để trống."),
            new ValidationError("presidingChair.titles", "Đồng chí chủ trì phải có ít nhất một chức danh."),
            new ValidationError("conclusions", "Cần có ít nhất một đoạn kết luận của đồng chí chủ trì."),
            new ValidationError("authors", "Cần ghi ít nhất một tác giả bài viết."),
        ]);
    }

    [Fact]
    public void Missing_presiding_chair_is_reported_not_thrown() =>
        (Valid with { PresidingChair = null! }).Validate().Should().ContainSingle().Which.Should().Be(
            new ValidationError("presidingChair", "Cần chọn đồng chí chủ trì kết luận hội nghị."));

    [Fact]
    public void Blank_paragraphs_items_titles_and_authors_are_named_by_index() =>
        (Valid with
        {
            Assessment = ["Hội nghị đã đánh giá kết quả.", "  "],
            PresidingChair = new CoChair("Nguyễn Nam Đình", [OfficialTitle.Party("Ủy viên BTV Tỉnh ủy"), OfficialTitle.State("")]),
            Directives = ["Tăng cường giám sát", ""],
            Authors = ["Minh Anh", " "],
        }).Validate().Should().BeEquivalentTo(
        [
            new ValidationError("assessment[1]", "Đoạn văn không được để trống."),
            new ValidationError("presidingChair.titles[1]", "Chức danh không được để trống."),
            new ValidationError("directives[1]", "Nhiệm vụ không được để trống."),
            new ValidationError("authors[1]", "Tên tác giả không được để trống."),
        ]);

    [Fact]
    public void First_conclusion_typed_with_a_capital_is_accepted() =>
        (Valid with { Conclusions = ["Đánh giá cao sự chuẩn bị của các đại biểu"] }).Validate().Should().BeEmpty();

    [Fact]
    public void Figures_need_a_label_and_a_non_negative_number_but_no_subject_or_verb() =>
        (Valid with
        {
            Figures =
            [
                new FigureStatement("", [new Figure(" ", -1, "")]),
                new FigureStatement("HĐND tỉnh", []),
                new FigureStatement(null, null, [new Figure(null, 4, "phiên họp")]),
            ],
        }).Validate().Should().BeEquivalentTo(
        [
            new ValidationError("figures[0].figures[0].number", "Số liệu không được là số âm."),
            new ValidationError("figures[0].figures[0].label", "Cần ghi đơn vị của số liệu (ví dụ: \u201ckỳ họp\u201d, \u201cnghị quyết\u201d)."),
            new ValidationError("figures[1].figures", "Cần có ít nhất một số liệu."),
        ]);

    [Fact]
    public void Breakdown_parts_are_checked_no_part_above_its_whole_and_two_levels_at_most() =>
        (Valid with
        {
            Figures =
            [
                new FigureStatement("HĐND các cấp",
                [
                    new Figure("tổ chức", 58, "kỳ họp")
                    {
                        Breakdown =
                        [
                            new Figure("cấp tỉnh", 60, "kỳ")
                            {
                                Breakdown = [new Figure(null, 2, "kỳ thường lệ") { Breakdown = [new Figure(null, 1, "kỳ")] }],
                            },
                            new Figure("cấp xã", 3, " "),
                        ],
                    },
                ]),
            ],
        }).Validate().Should().BeEquivalentTo(
        [
            new ValidationError("figures[0].figures[0].breakdown[0].number", "Số liệu chi tiết (60) không được lớn hơn số liệu chung (58)."),
            new ValidationError("figures[0].figures[0].breakdown[0].breakdown[0].breakdown", "Số liệu chỉ được chia chi tiết tối đa hai cấp (trong đó …, và trong ngoặc)."),
            new ValidationError("figures[0].figures[0].breakdown[1].label", "Cần ghi đơn vị của số liệu (ví dụ: \u201ckỳ họp\u201d, \u201cnghị quyết\u201d)."),
        ]);

    [Fact]
    public void Blank_discussion_items_and_a_field_visit_without_place_are_named() =>
        (Valid with
        {
            Discussion = new Discussion(["Giải quyết kiến nghị còn chậm", " "], [""]),
            FieldVisit = new FieldVisit(" ", "Chiều cùng ngày"),
        }).Validate().Should().BeEquivalentTo(
        [
            new ValidationError("discussion.problems[1]", "Ý kiến thảo luận không được để trống."),
            new ValidationError("discussion.proposals[0]", "Ý kiến thảo luận không được để trống."),
            new ValidationError("fieldVisit.place", "Cần ghi nơi các đại biểu đi tham quan, khảo sát thực tế."),
        ]);

    [Fact]
    public void Byline_joins_authors_with_an_en_dash() =>
        (Valid with { Authors = [" Minh Anh", "Thu Hà "] }).Byline.Should().Be("Minh Anh \u2013 Thu Hà");

    [Fact]
    public void A_paragraph_over_its_maximum_and_an_outcome_over_its_total_are_refused()
    {
        var paragraphs = Enumerable.Range(0, 4).Select(_ => new string('a', InputLimits.Paragraph)).ToList();

        var errors = (Valid with { Assessment = [.. paragraphs, new string('a', InputLimits.Paragraph + 1)] }).Validate();

        errors.Select(e => e.Field).Should().Equal("assessment[4]", "outcome");
        errors[0].Message.Should().Be("Đoạn văn dài 5.001 ký tự, vượt quá giới hạn 5.000 ký tự.");
        errors[1].Message.Should().StartWith("Tổng độ dài kết quả hội nghị là ").And.EndWith(" ký tự, vượt quá giới hạn 20.000 ký tự.");
    }

    [Fact]
    public void A_presiding_chair_or_author_with_a_control_character_is_refused() =>
        (Valid with { PresidingChair = CoChair.Create("Nguyễn\0Văn A", ["Bí thư"], []), Authors = ["Minh\u001bAnh"] }).Validate()
            .Select(e => e.Field).Should().Equal("presidingChair.name", "authors[0]");
}
