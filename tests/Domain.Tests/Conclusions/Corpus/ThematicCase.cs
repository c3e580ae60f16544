using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;
using static HdndWorkflow.Domain.Tests.Conclusions.Corpus.CorpusCase;

namespace HdndWorkflow.Domain.Tests.Conclusions.Corpus;

/// <summary>
/// A thematic conference (chuyên đề) of the province with the communes in July 2026, under the composed title with
/// the ordinal capitalised as some portals write it, and one chair. Only groups were invited, one of which sent its
/// representative; the assessment names the term; the figures have neither subject nor verb; delegates raised
/// problems only; the first conclusion opens with the standing committee's name; the tasks open with a group; the
/// field visit does not say when.
/// </summary>
internal static class ThematicCase
{
    private static readonly CoChair Mai = CoChair.Create("Trần Thị Mai", [], ["Phó Chủ tịch HĐND tỉnh"]);

    public static CorpusCase Create()
    {
        var committees = Unit(301, "Các Ban HĐND tỉnh");
        var front = Unit(302, "Ủy ban MTTQ Việt Nam tỉnh");
        var communes = Unit(303, "Thường trực HĐND các xã, phường");
        var interior = Unit(304, "Sở Nội vụ");
        var conference = new Conference
        {
            Id = new ConferenceId(Builders.Guid(1003)),
            Council = QuangTri,
            Kind = ConferenceKind.Thematic,
            Scope = ConferenceScope.WithLevelBelow,
            Ordinal = 2,
            Schedule = new Schedule(new LocalDate(2026, 7, 16), new LocalTime(8, 0), new LocalTime(11, 0)),
            Venue = new Venue("Trung tâm Hội nghị tỉnh"),
            CoChairs = [Mai],
            Invitees = [committees, front, communes, interior],
            RegistrationDeadline = new RegistrationDeadline(new LocalDateTime(2026, 7, 14, 17, 0)),
            Status = ConferenceStatus.Held,
        };
        var at = Builders.At(2026, 7, 10, 9);
        var roll = conference.Roll(
            [Accepted(committees, at), Declined(front, at), Accepted(communes, at), Sent(interior, "Lê Thị Thu", "Phó Giám đốc Sở Nội vụ", at)]);
        var outcome = new Outcome
        {
            Assessment =
            [
                "Hội nghị tập trung thảo luận chuyên đề nâng cao chất lượng tiếp xúc cử tri của đại biểu HĐND các cấp " +
                "nhiệm kỳ 2026 – 2031",
            ],
            Figures = [new FigureStatement("6 tháng đầu năm 2026", null, [new Figure(null, 312, "cuộc tiếp xúc cử tri"), new Figure(" ", 4870, "ý kiến, kiến nghị")])],
            Discussion = new Discussion(
                ["Hình thức tiếp xúc cử tri chưa đa dạng", "một số ý kiến của cử tri chưa được trả lời đúng hạn."], []),
            PresidingChair = Mai,
            Conclusions =
            [
                "Thường trực HĐND tỉnh ghi nhận các ý kiến tâm huyết, trách nhiệm của các đại biểu",
                "các ý kiến tại hội nghị sẽ được tổng hợp để hoàn thiện quy định về tiếp xúc cử tri.",
            ],
            Directives =
            [
                "Các Tổ đại biểu HĐND tỉnh đổi mới hình thức tiếp xúc cử tri theo chuyên đề",
                "Thường trực HĐND các xã, phường theo dõi việc trả lời ý kiến cử tri đến khi có kết quả",
            ],
            FieldVisit = new FieldVisit("điểm tiếp xúc cử tri trực tuyến tại phường Đông Hà"),
            Authors = ["Minh Anh", "Thu Hà"],
        };

        return new CorpusCase(
            "chuyên đề",
            conference,
            roll,
            outcome,
            new LocalDate(2026, 7, 17),
            OrdinalStyle.Capitalized,
            ProvinceIssuer("TỈNH QUẢNG TRỊ", "Quảng Trị", "Trần Thị Mai", "Thường trực Tỉnh ủy", "Thường trực HĐND các xã, phường"),
            new NoticeNumber(3, 2026),
            new LocalDate(2026, 7, 20),
            Article: """
                Hội nghị chuyên đề giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã lần thứ Hai, nhiệm kỳ 2026 – 2031

                Đăng ngày 17/07/2026

                Sáng ngày 16/7, tại Trung tâm Hội nghị tỉnh, Thường trực HĐND tỉnh tổ chức Hội nghị chuyên đề với Thường trực HĐND cấp xã lần thứ Hai, nhiệm kỳ 2026 – 2031. Đồng chí Trần Thị Mai – Phó Chủ tịch HĐND tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Lê Thị Thu – Phó Giám đốc Sở Nội vụ cùng các Ban HĐND tỉnh; Thường trực HĐND các xã, phường.

                Hội nghị tập trung thảo luận chuyên đề nâng cao chất lượng tiếp xúc cử tri của đại biểu HĐND các cấp nhiệm kỳ 2026 – 2031. 6 tháng đầu năm 2026: 312 cuộc tiếp xúc cử tri, 4.870 ý kiến, kiến nghị.

                Thảo luận tại hội nghị, các đại biểu đã nêu một số khó khăn, vướng mắc: hình thức tiếp xúc cử tri chưa đa dạng; một số ý kiến của cử tri chưa được trả lời đúng hạn.

                Kết luận hội nghị, đồng chí Trần Thị Mai – Phó Chủ tịch HĐND tỉnh nêu rõ: Thường trực HĐND tỉnh ghi nhận các ý kiến tâm huyết, trách nhiệm của các đại biểu.

                Các ý kiến tại hội nghị sẽ được tổng hợp để hoàn thiện quy định về tiếp xúc cử tri. Đồng chí Trần Thị Mai cũng đưa ra một số nhiệm vụ trọng tâm thời gian tới, đó là các Tổ đại biểu HĐND tỉnh đổi mới hình thức tiếp xúc cử tri theo chuyên đề; Thường trực HĐND các xã, phường theo dõi việc trả lời ý kiến cử tri đến khi có kết quả.

                Sau hội nghị, các đại biểu đã đi tham quan điểm tiếp xúc cử tri trực tuyến tại phường Đông Hà.

                Minh Anh – Thu Hà

                """,
            Notice: $"""
                HỘI ĐỒNG NHÂN DÂN
                TỈNH QUẢNG TRỊ
                THƯỜNG TRỰC HĐND
                Số: 03/TB-HĐND

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Quảng Trị, ngày 20 tháng 7 năm 2026

                THÔNG BÁO
                Kết luận của Thường trực HĐND tỉnh tại Hội nghị chuyên đề giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã lần thứ hai, nhiệm kỳ 2026{Nb}–{Nb}2031

                Ngày 16/07/2026, tại Trung tâm Hội nghị tỉnh, Thường trực HĐND tỉnh tổ chức Hội nghị chuyên đề với Thường trực HĐND cấp xã lần thứ hai, nhiệm kỳ 2026{Nb}–{Nb}2031. Đồng chí Trần Thị Mai – Phó Chủ tịch HĐND tỉnh chủ trì hội nghị.

                Sau khi nghe ý kiến phát biểu của các đại biểu dự hội nghị, đồng chí Trần Thị Mai – Phó Chủ tịch HĐND tỉnh kết luận như sau:

                1. Đánh giá chung
                Hội nghị tập trung thảo luận chuyên đề nâng cao chất lượng tiếp xúc cử tri của đại biểu HĐND các cấp nhiệm kỳ 2026{Nb}–{Nb}2031. 6 tháng đầu năm 2026: 312 cuộc tiếp xúc cử tri, 4.870 ý kiến, kiến nghị.
                Thảo luận tại hội nghị, các đại biểu đã nêu một số khó khăn, vướng mắc: hình thức tiếp xúc cử tri chưa đa dạng; một số ý kiến của cử tri chưa được trả lời đúng hạn.
                Thường trực HĐND tỉnh ghi nhận các ý kiến tâm huyết, trách nhiệm của các đại biểu.
                Các ý kiến tại hội nghị sẽ được tổng hợp để hoàn thiện quy định về tiếp xúc cử tri.

                2. Nhiệm vụ trọng tâm thời gian tới
                - Các Tổ đại biểu HĐND tỉnh đổi mới hình thức tiếp xúc cử tri theo chuyên đề;
                - Thường trực HĐND các xã, phường theo dõi việc trả lời ý kiến cử tri đến khi có kết quả.

                Thường trực HĐND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.

                TM. THƯỜNG TRỰC HĐND
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH

                Trần Thị Mai

                Nơi nhận:
                - Thường trực Tỉnh ủy;
                - Thường trực HĐND các xã, phường;
                - Lưu: VT, TH.

                """);
    }
}
