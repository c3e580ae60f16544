using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>A conclusion notice of the Quảng Trị provincial standing committee, drafted through the domain.</summary>
internal static class NoticeSamples
{
    public static readonly CoChair Chair = CoChair.Create(
        "Nguyễn Chiến Thắng", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"]);

    public static readonly Outcome Outcome = new()
    {
        Assessment =
        [
            "Hội nghị đã tập trung đánh giá kết quả hoạt động của HĐND tỉnh và HĐND cấp huyện 6 tháng đầu năm 2024.",
            "Các đại biểu đã trao đổi kinh nghiệm trong giám sát, tiếp xúc cử tri và giải quyết kiến nghị của cử tri.",
        ],
        Figures =
        [
            new FigureStatement("Từ đầu nhiệm kỳ, HĐND các cấp", [new Figure("tổ chức", 12, "kỳ họp"), new Figure("ban hành", 145, "nghị quyết")]),
        ],
        PresidingChair = Chair,
        Conclusions = ["đánh giá cao sự chuẩn bị chu đáo của Văn phòng Đoàn ĐBQH và HĐND tỉnh"],
        Directives = ["Tiếp tục đổi mới, nâng cao chất lượng các kỳ họp", "Tăng cường hoạt động giám sát"],
        Authors = ["Minh Anh"],
    };

    public static readonly NoticeIssuer Issuer = new()
    {
        ParentLines = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG TRỊ"],
        BodyLines = ["THƯỜNG TRỰC HĐND"],
        Code = "HĐND",
        Place = "Quảng Trị",
        Signature = new NoticeSignature(["TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Chiến Thắng"),
        Recipients = ["Thường trực Tỉnh ủy", "UBND tỉnh", "Thường trực HĐND các huyện, thị xã, thành phố"],
        Archive = "VT, TH",
    };

    public static Conference Conference() => new()
    {
        Id = new ConferenceId(new Guid("6a7f3c52-1f0e-4a53-9d7e-2f3b1c0d9e11")),
        Council = new Council(new CouncilId("tinh-quang-tri"), "HĐND tỉnh Quảng Trị", AdministrativeUnitKind.Province, "Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        Kind = ConferenceKind.Briefing,
        Ordinal = 4,
        Schedule = new Schedule(new LocalDate(2024, 8, 2), new LocalTime(7, 30), new LocalTime(11, 30)),
        Venue = new Venue("Hội trường HĐND tỉnh"),
        CoChairs = [Chair],
        RegistrationDeadline = new RegistrationDeadline(new LocalDateTime(2024, 7, 30, 17, 0)),
    };

    /// <summary>
    /// Notice 12/TB-HĐND (or <paramref name="number"/>) of 5 August 2024; <paramref name="extraParagraphs"/> more
    /// assessment paragraphs make it long.
    /// </summary>
    public static ConclusionNotice Notice(int extraParagraphs = 0, int number = 12)
    {
        var outcome = Outcome with
        {
            Assessment = [.. Outcome.Assessment, .. Enumerable.Repeat(Outcome.Assessment[1], extraParagraphs)],
        };
        var result = ConclusionNotice.Compose(Conference(), outcome, Issuer, new NoticeNumber(number, 2024), new LocalDate(2024, 8, 5));
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors));
    }
}
