using HdndWorkflow.Functions.Conclusions.Api;

namespace HdndWorkflow.Functions.OpenApi;

/// <summary>The conclusion API's request examples: the outcome of the briefing of <see cref="Conference"/>, and what follows it.</summary>
public static partial class ApiExamples
{
    /// <summary>What the briefing came to: what <c>PUT /api/conferences/{id}/conclusion/outcome</c> takes.</summary>
    public static OutcomeInput Outcome { get; } = new()
    {
        Assessment =
        [
            "6 tháng đầu năm 2027, HĐND các cấp đã bám sát chương trình công tác, tổ chức các kỳ họp đúng luật, nâng cao chất lượng giám sát.",
        ],
        Figures =
        [
            new FigureStatementInput("HĐND các cấp", [
                new FigureInput("tổ chức", 58, "kỳ họp") { Breakdown = [new FigureInput(null, 2, "kỳ họp thường lệ"), new FigureInput(null, 3, "kỳ họp chuyên đề")] },
                new FigureInput("ban hành", 41, "Nghị quyết"),
            ]) { Period = "6 tháng đầu năm" },
            new FigureStatementInput(null, [new FigureInput(null, 27, "cuộc giám sát"), new FigureInput(null, 11, "cuộc khảo sát")]),
        ],
        Discussion = new DiscussionInput(
            ["Việc theo dõi, đôn đốc giải quyết kiến nghị sau giám sát ở một số địa phương chưa thường xuyên."],
            ["Lập sổ theo dõi kiến nghị sau giám sát, định kỳ báo cáo Thường trực HĐND tỉnh."]),
        PresidingChair = new PresidingChairInput("Nguyễn Đăng Quang", ["Phó Bí thư Tỉnh ủy"], ["Chủ tịch HĐND tỉnh"]),
        Conclusions =
        [
            "Thường trực HĐND tỉnh ghi nhận, biểu dương kết quả hoạt động của HĐND các cấp trong 6 tháng đầu năm.",
        ],
        Directives =
        [
            "Thường trực HĐND các xã, phường chuẩn bị chu đáo kỳ họp thường lệ cuối năm",
            "các Ban HĐND tỉnh tăng cường giám sát việc giải quyết kiến nghị của cử tri",
        ],
        FieldVisit = new FieldVisitInput("Trung tâm Phục vụ hành chính công phường Đông Hà", "chiều cùng ngày"),
        Authors = ["Lê Thị Thu Hà"],
    };

    /// <summary>An edit of the draft: what <c>PUT /api/conferences/{id}/conclusion/draft</c> takes.</summary>
    public static DraftInput Draft { get; } = new()
    {
        BaseRevision = 1,
        Article = new ArticleInput(
            Title: "Hội nghị giao ban Thường trực HĐND tỉnh với Thường trực HĐND các xã, phường 6 tháng đầu năm 2027",
            Lead: "Sáng ngày 08/7/2027, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban 6 tháng đầu năm 2027."),
        Notice = new NoticeTextInput(Summary: "Kết luận của Chủ tịch HĐND tỉnh tại Hội nghị giao ban 6 tháng đầu năm 2027"),
    };

    /// <summary>A correction of the published article: what <c>POST …/conclusion/corrections</c> takes.</summary>
    public static CorrectionInput Correction { get; } = new()
    {
        BaseRevision = 2,
        Article = new ArticleInput(Byline: "Lê Thị Thu Hà - Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        Note = "Đính chính tên tác giả bài viết.",
    };

    /// <summary>The examples of the conclusion API by the type of the body they are for.</summary>
    private static IEnumerable<KeyValuePair<Type, object>> Conclusions() =>
    [
        new(typeof(OutcomeInput), Outcome),
        new(typeof(DraftInput), Draft),
        new(typeof(CorrectionInput), Correction),
        new(typeof(SubmitInput), new SubmitInput("Kính trình Thường trực HĐND tỉnh xem xét, duyệt đăng.")),
        new(typeof(ReviewInput), new ReviewInput("Đề nghị bổ sung số liệu giám sát của cấp xã.", 2)),
        new(typeof(DecisionInput), new DecisionInput("Nội dung đính chính phù hợp.")),
        new(typeof(WithdrawalInput), new WithdrawalInput("Bài viết đăng nhầm số liệu, cần gỡ để biên tập lại.")),
    ];
}
