using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;
using static HdndWorkflow.Domain.Tests.Conclusions.Corpus.CorpusCase;

namespace HdndWorkflow.Domain.Tests.Conclusions.Corpus;

/// <summary>
/// A provincial briefing (giao ban) with the communes in April 2026, under the council's own title without ordinal
/// and term. Attendees include a title that names its body, a title that runs into its body's name, a deputy, a
/// decliner and two groups; the figures share a verb; delegates raised problems and proposed solutions; the first
/// conclusion and the tasks were typed with capitals, one task opening "Đề nghị"; there was no field visit.
/// </summary>
internal static class BriefingCase
{
    private static readonly CoChair Hung = CoChair.Create("Lê Văn Hùng", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"]);
    private static readonly CoChair Mai = CoChair.Create("Trần Thị Mai", [], ["Phó Chủ tịch HĐND tỉnh"]);

    public static CorpusCase Create()
    {
        var committees = Unit(101, "Các Ban HĐND tỉnh");
        var thanh = Person(102, "Nguyễn Đức Thành", "Phó Bí thư Thường trực Tỉnh ủy", "Tỉnh ủy");
        var lan = Person(103, "Hoàng Thị Lan", "Chánh Văn phòng", "Văn phòng Đoàn ĐBQH và HĐND tỉnh");
        var tu = Person(104, "Phạm Văn Tú", "Giám đốc", "Sở Nội vụ");
        var communes = Unit(105, "Thường trực HĐND các xã, phường");
        var quang = Person(106, "Võ Minh Quang", "Phó Chủ tịch", "UBND tỉnh");
        var hung = Person(107, "Lê Văn Hùng", "Phó Chủ tịch Thường trực HĐND tỉnh");
        var conference = new Conference
        {
            Id = new ConferenceId(Builders.Guid(1001)),
            Council = QuangTri,
            Kind = ConferenceKind.Briefing,
            Scope = ConferenceScope.WithLevelBelow,
            Ordinal = 1,
            OwnTitle = "Hội nghị giao ban giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã quý I năm 2026",
            Schedule = new Schedule(new LocalDate(2026, 4, 10), new LocalTime(14, 0), new LocalTime(17, 0)),
            Venue = new Venue("Hội trường Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
            CoChairs = [Hung, Mai],
            Invitees = [committees, thanh, lan, tu, communes, quang, hung],
            RegistrationDeadline = new RegistrationDeadline(new LocalDateTime(2026, 4, 8, 17, 0)),
            Status = ConferenceStatus.Held,
        };
        var at = Builders.At(2026, 4, 6, 9);
        var roll = conference.Roll(
        [
            Accepted(committees, at), Accepted(thanh, at), Accepted(lan, at), Declined(tu, at), Accepted(communes, at),
            Sent(quang, "Đặng Văn Sơn", "Phó Chánh Văn phòng UBND tỉnh", at), Accepted(hung, at),
        ]);
        var outcome = new Outcome
        {
            Assessment =
            [
                "Hội nghị đã đánh giá kết quả hoạt động quý I năm 2026 của Thường trực HĐND tỉnh và Thường trực HĐND cấp xã, " +
                "thống nhất nhiệm vụ trọng tâm quý II năm 2026",
            ],
            Figures =
            [
                new FigureStatement("Quý I năm 2026", "HĐND cấp xã",
                [
                    new Figure("Tổ chức được", 27, "cuộc giám sát"),
                    new Figure("tổ chức được", 11, "cuộc khảo sát"),
                    new Figure("ban hành", 96, "nghị quyết"),
                ]),
            ],
            Discussion = new Discussion(
                [
                    "Một số xã, phường mới sắp xếp chưa bố trí đủ công chức giúp việc cho HĐND",
                    "việc theo dõi, đôn đốc giải quyết kiến nghị cử tri còn chậm;",
                ],
                [
                    "Sớm ban hành quy chế phối hợp giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã",
                    "tổ chức tập huấn kỹ năng giám sát cho đại biểu HĐND cấp xã.",
                ]),
            PresidingChair = Hung,
            Conclusions =
            [
                "Ghi nhận, đánh giá cao sự chủ động của Thường trực HĐND các xã, phường trong quý đầu tiên sau sắp xếp",
                "Đồng chí đề nghị các Ban HĐND tỉnh tiếp thu đầy đủ ý kiến của các đại biểu.",
            ],
            Directives =
            [
                "Đề nghị UBND các xã, phường bố trí đủ công chức giúp việc cho HĐND;",
                "Tăng cường giám sát việc giải quyết kiến nghị của cử tri;",
                "Chuẩn bị chu đáo kỳ họp giữa năm 2026.",
            ],
            Authors = ["Thanh Hương"],
        };

        return new CorpusCase(
            "giao ban",
            conference,
            roll,
            outcome,
            new LocalDate(2026, 4, 11),
            OrdinalStyle.Lowercase,
            ProvinceIssuer("TỈNH QUẢNG TRỊ", "Quảng Trị", "Lê Văn Hùng", "Thường trực Tỉnh ủy", "UBND tỉnh", "Các Ban HĐND tỉnh", "Thường trực HĐND các xã, phường"),
            new NoticeNumber(7, 2026),
            new LocalDate(2026, 4, 13),
            Article: """
                Hội nghị giao ban giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã quý I năm 2026

                Đăng ngày 11/04/2026

                Chiều ngày 10/4, tại Hội trường Văn phòng Đoàn ĐBQH và HĐND tỉnh, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban với Thường trực HĐND cấp xã quý I năm 2026. Các đồng chí: Lê Văn Hùng – Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; Trần Thị Mai – Phó Chủ tịch HĐND tỉnh đồng chủ trì. Dự hội nghị có các đồng chí: Nguyễn Đức Thành – Phó Bí thư Thường trực Tỉnh ủy; Hoàng Thị Lan – Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh; Đặng Văn Sơn – Phó Chánh Văn phòng UBND tỉnh; cùng các Ban HĐND tỉnh; Thường trực HĐND các xã, phường.

                Hội nghị đã đánh giá kết quả hoạt động quý I năm 2026 của Thường trực HĐND tỉnh và Thường trực HĐND cấp xã, thống nhất nhiệm vụ trọng tâm quý II năm 2026. Quý I năm 2026 HĐND cấp xã tổ chức được 27 cuộc giám sát, 11 cuộc khảo sát và ban hành 96 nghị quyết.

                Thảo luận tại hội nghị, các đại biểu đã nêu một số khó khăn, vướng mắc: một số xã, phường mới sắp xếp chưa bố trí đủ công chức giúp việc cho HĐND; việc theo dõi, đôn đốc giải quyết kiến nghị cử tri còn chậm. Các đại biểu cũng đề xuất một số giải pháp: sớm ban hành quy chế phối hợp giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã; tổ chức tập huấn kỹ năng giám sát cho đại biểu HĐND cấp xã.

                Kết luận hội nghị, đồng chí Lê Văn Hùng – Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh ghi nhận, đánh giá cao sự chủ động của Thường trực HĐND các xã, phường trong quý đầu tiên sau sắp xếp.

                Đồng chí đề nghị các Ban HĐND tỉnh tiếp thu đầy đủ ý kiến của các đại biểu. Đồng chí Lê Văn Hùng cũng đưa ra một số nhiệm vụ trọng tâm thời gian tới, đó là đề nghị UBND các xã, phường bố trí đủ công chức giúp việc cho HĐND; tăng cường giám sát việc giải quyết kiến nghị của cử tri; chuẩn bị chu đáo kỳ họp giữa năm 2026.

                Thanh Hương

                """,
            Notice: """
                HỘI ĐỒNG NHÂN DÂN
                TỈNH QUẢNG TRỊ
                THƯỜNG TRỰC HĐND
                Số: 07/TB-HĐND

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Quảng Trị, ngày 13 tháng 4 năm 2026

                THÔNG BÁO
                Kết luận của Thường trực HĐND tỉnh tại Hội nghị giao ban giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã quý I năm 2026

                Ngày 10/04/2026, tại Hội trường Văn phòng Đoàn ĐBQH và HĐND tỉnh, Thường trực HĐND tỉnh tổ chức Hội nghị giao ban với Thường trực HĐND cấp xã quý I năm 2026. Các đồng chí: Lê Văn Hùng – Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; Trần Thị Mai – Phó Chủ tịch HĐND tỉnh đồng chủ trì.

                Sau khi nghe ý kiến phát biểu của các đại biểu dự hội nghị, đồng chí Lê Văn Hùng – Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh kết luận như sau:

                1. Đánh giá chung
                Hội nghị đã đánh giá kết quả hoạt động quý I năm 2026 của Thường trực HĐND tỉnh và Thường trực HĐND cấp xã, thống nhất nhiệm vụ trọng tâm quý II năm 2026. Quý I năm 2026 HĐND cấp xã tổ chức được 27 cuộc giám sát, 11 cuộc khảo sát và ban hành 96 nghị quyết.
                Thảo luận tại hội nghị, các đại biểu đã nêu một số khó khăn, vướng mắc: một số xã, phường mới sắp xếp chưa bố trí đủ công chức giúp việc cho HĐND; việc theo dõi, đôn đốc giải quyết kiến nghị cử tri còn chậm. Các đại biểu cũng đề xuất một số giải pháp: sớm ban hành quy chế phối hợp giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp xã; tổ chức tập huấn kỹ năng giám sát cho đại biểu HĐND cấp xã.
                Ghi nhận, đánh giá cao sự chủ động của Thường trực HĐND các xã, phường trong quý đầu tiên sau sắp xếp.
                Đồng chí đề nghị các Ban HĐND tỉnh tiếp thu đầy đủ ý kiến của các đại biểu.

                2. Nhiệm vụ trọng tâm thời gian tới
                - Đề nghị UBND các xã, phường bố trí đủ công chức giúp việc cho HĐND;
                - Tăng cường giám sát việc giải quyết kiến nghị của cử tri;
                - Chuẩn bị chu đáo kỳ họp giữa năm 2026.

                Thường trực HĐND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.

                TM. THƯỜNG TRỰC HĐND
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH

                Lê Văn Hùng

                Nơi nhận:
                - Thường trực Tỉnh ủy;
                - UBND tỉnh;
                - Các Ban HĐND tỉnh;
                - Thường trực HĐND các xã, phường;
                - Lưu: VT, TH.

                """);
    }
}
