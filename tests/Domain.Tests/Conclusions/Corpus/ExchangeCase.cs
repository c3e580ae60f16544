using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;
using static HdndWorkflow.Domain.Tests.Conclusions.Corpus.CorpusCase;

namespace HdndWorkflow.Domain.Tests.Conclusions.Corpus;

/// <summary>
/// An exchange of experience like the published example (shared/domain/example-article.txt): the province with its
/// districts at Cửa Lò in August 2024, under the composed title. Attendees are two people and three groups, typed as
/// the example lists them; figures with a breakdown in two levels; delegates proposed solutions only; one conclusion,
/// four tasks typed with capitals and semicolons; a field visit in the afternoon.
/// </summary>
internal static class ExchangeCase
{
    private static readonly CoChair Dinh = CoChair.Create("Nguyễn Nam Đình", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"]);
    private static readonly CoChair Khoi = CoChair.Create("Nguyễn Như Khôi", ["Ủy viên BCH Đảng bộ tỉnh"], ["Phó Chủ tịch HĐND tỉnh"]);

    public static CorpusCase Create()
    {
        var front = Unit(201, "Đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh");
        var chung = Person(202, "Thái Thị An Chung", "Ủy viên BCH Đảng bộ tỉnh, Phó Trưởng Đoàn ĐBQH tỉnh", "Đoàn ĐBQH tỉnh");
        var minh = Person(203, "Trần Nhật Minh", "ĐBQH chuyên trách");
        var members = Unit(204, "Các đồng chí Ủy viên Thường trực HĐND tỉnh");
        var dong = Person(205, "Phan Đức Đồng", "Giám đốc", "Sở Tư pháp");
        var districts = Unit(206, "Chủ tịch, Phó Chủ tịch HĐND các huyện, thành phố, thị xã trong tỉnh");
        var conference = new Conference
        {
            Id = new ConferenceId(Builders.Guid(1002)),
            Council = NgheAn,
            Kind = ConferenceKind.ExperienceExchange,
            Scope = ConferenceScope.WithLevelBelow,
            Ordinal = 5,
            Schedule = new Schedule(new LocalDate(2024, 8, 2), new LocalTime(7, 30), new LocalTime(11, 30)),
            Venue = new Venue("thị xã Cửa Lò"),
            CoChairs = [Dinh, Khoi],
            Invitees = [front, chung, minh, members, dong, districts],
            RegistrationDeadline = new RegistrationDeadline(new LocalDateTime(2024, 7, 30, 17, 0)),
            Status = ConferenceStatus.Held,
        };
        var at = Builders.At(2024, 7, 29, 9);
        var roll = conference.Roll([Accepted(front, at), Accepted(chung, at), Accepted(minh, at), Accepted(members, at), Accepted(districts, at)]);
        var outcome = new Outcome
        {
            Assessment =
            [
                "Hội nghị đã tập trung đánh giá những kết quả hoạt động của HĐND tỉnh, HĐND cấp huyện 6 tháng đầu năm, " +
                "nhiệm vụ 6 tháng cuối năm 2024",
                "Các đại biểu cũng trao đổi những giải pháp, kinh nghiệm, cách làm hay trong tổ chức hoạt động, thực hiện " +
                "trách nhiệm của cơ quan, đại biểu dân cử ở địa phương, nhất là trong chuẩn bị và tổ chức các kỳ họp HĐND.",
            ],
            Figures =
            [
                new FigureStatement("Từ đầu nhiệm kỳ,", "HĐND các cấp trong tỉnh",
                [
                    new Figure("tổ chức", 58, "kỳ họp")
                    {
                        Breakdown =
                        [
                            new Figure("cấp tỉnh", 5, "kỳ") { Breakdown = [new Figure(null, 2, "kỳ thường lệ"), new Figure(null, 3, "kỳ chuyên đề")] },
                            new Figure("cấp huyện", 53, "kỳ"),
                        ],
                    },
                    new Figure("ban hành", 41, "Nghị quyết"),
                    new Figure("thực hiện", 126, "cuộc giám sát"),
                ]),
            ],
            Discussion = new Discussion(
                [],
                [
                    "Tăng cường trao đổi thông tin giữa Thường trực HĐND tỉnh và Thường trực HĐND cấp huyện",
                    "sớm hướng dẫn việc kiện toàn tổ chức HĐND khi sắp xếp đơn vị hành chính cấp huyện, cấp xã",
                ]),
            PresidingChair = Dinh,
            Conclusions = ["đánh giá cao sự chuẩn bị và tham dự đầy đủ, tích cực của các vị đại biểu"],
            Directives =
            [
                "Thực hiện tốt chức năng, nhiệm vụ của HĐND các cấp;",
                "Tiếp tục đổi mới, nâng cao chất lượng các kỳ họp, các phiên họp;",
                "Tăng cường hoạt động giám sát;",
                "Khi sắp xếp các đơn vị hành chính cấp huyện, cấp xã cần quan tâm đến công tác quy hoạch đội ngũ cán bộ.",
            ],
            FieldVisit = new FieldVisit("mô hình tiếp xúc cử tri tại phường Nghi Hòa", "Chiều cùng ngày"),
            Authors = ["Hữu Lương", "Tạ Nhật"],
        };

        return new CorpusCase(
            "trao đổi kinh nghiệm",
            conference,
            roll,
            outcome,
            new LocalDate(2024, 8, 2),
            OrdinalStyle.Lowercase,
            ProvinceIssuer("TỈNH NGHỆ AN", "Nghệ An", "Nguyễn Nam Đình", "Thường trực Tỉnh ủy", "UBND tỉnh", "Thường trực HĐND các huyện, thành phố, thị xã"),
            new NoticeNumber(12, 2024),
            new LocalDate(2024, 8, 5),
            Article: """
                Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021 – 2026

                Đăng ngày 02/08/2024

                Sáng ngày 2/8, tại thị xã Cửa Lò, Thường trực HĐND tỉnh tổ chức Hội nghị trao đổi kinh nghiệm hoạt động với Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021 – 2026. Các đồng chí: Nguyễn Nam Đình – Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; Nguyễn Như Khôi – Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch HĐND tỉnh đồng chủ trì. Dự hội nghị có các đồng chí: Thái Thị An Chung – Ủy viên BCH Đảng bộ tỉnh, Phó Trưởng Đoàn ĐBQH tỉnh; Trần Nhật Minh – ĐBQH chuyên trách; cùng đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Ủy viên Thường trực HĐND tỉnh; Chủ tịch, Phó Chủ tịch HĐND các huyện, thành phố, thị xã trong tỉnh.

                Hội nghị đã tập trung đánh giá những kết quả hoạt động của HĐND tỉnh, HĐND cấp huyện 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024. Từ đầu nhiệm kỳ, HĐND các cấp trong tỉnh tổ chức 58 kỳ họp, trong đó cấp tỉnh 05 kỳ (02 kỳ thường lệ, 03 kỳ chuyên đề), cấp huyện 53 kỳ; ban hành 41 Nghị quyết; thực hiện 126 cuộc giám sát.

                Các đại biểu cũng trao đổi những giải pháp, kinh nghiệm, cách làm hay trong tổ chức hoạt động, thực hiện trách nhiệm của cơ quan, đại biểu dân cử ở địa phương, nhất là trong chuẩn bị và tổ chức các kỳ họp HĐND.

                Thảo luận tại hội nghị, các đại biểu đã đề xuất một số giải pháp: tăng cường trao đổi thông tin giữa Thường trực HĐND tỉnh và Thường trực HĐND cấp huyện; sớm hướng dẫn việc kiện toàn tổ chức HĐND khi sắp xếp đơn vị hành chính cấp huyện, cấp xã.

                Kết luận hội nghị, đồng chí Nguyễn Nam Đình – Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh đánh giá cao sự chuẩn bị và tham dự đầy đủ, tích cực của các vị đại biểu. Đồng chí Nguyễn Nam Đình cũng đưa ra một số nhiệm vụ trọng tâm thời gian tới, đó là thực hiện tốt chức năng, nhiệm vụ của HĐND các cấp; tiếp tục đổi mới, nâng cao chất lượng các kỳ họp, các phiên họp; tăng cường hoạt động giám sát; khi sắp xếp các đơn vị hành chính cấp huyện, cấp xã cần quan tâm đến công tác quy hoạch đội ngũ cán bộ.

                Chiều cùng ngày, các đại biểu đã đi tham quan mô hình tiếp xúc cử tri tại phường Nghi Hòa.

                Hữu Lương – Tạ Nhật

                """,
            Notice: $"""
                HỘI ĐỒNG NHÂN DÂN
                TỈNH NGHỆ AN
                THƯỜNG TRỰC HĐND
                Số: 12/TB-HĐND

                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Nghệ An, ngày 05 tháng 8 năm 2024

                THÔNG BÁO
                Kết luận của Thường trực HĐND tỉnh tại Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021{Nb}–{Nb}2026

                Ngày 02/08/2024, tại thị xã Cửa Lò, Thường trực HĐND tỉnh tổ chức Hội nghị trao đổi kinh nghiệm hoạt động với Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021{Nb}–{Nb}2026. Các đồng chí: Nguyễn Nam Đình – Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; Nguyễn Như Khôi – Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch HĐND tỉnh đồng chủ trì.

                Sau khi nghe ý kiến phát biểu của các đại biểu dự hội nghị, đồng chí Nguyễn Nam Đình – Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh kết luận như sau:

                1. Đánh giá chung
                Hội nghị đã tập trung đánh giá những kết quả hoạt động của HĐND tỉnh, HĐND cấp huyện 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2024. Từ đầu nhiệm kỳ, HĐND các cấp trong tỉnh tổ chức 58 kỳ họp, trong đó cấp tỉnh 05 kỳ (02 kỳ thường lệ, 03 kỳ chuyên đề), cấp huyện 53 kỳ; ban hành 41 Nghị quyết; thực hiện 126 cuộc giám sát.
                Các đại biểu cũng trao đổi những giải pháp, kinh nghiệm, cách làm hay trong tổ chức hoạt động, thực hiện trách nhiệm của cơ quan, đại biểu dân cử ở địa phương, nhất là trong chuẩn bị và tổ chức các kỳ họp HĐND.
                Thảo luận tại hội nghị, các đại biểu đã đề xuất một số giải pháp: tăng cường trao đổi thông tin giữa Thường trực HĐND tỉnh và Thường trực HĐND cấp huyện; sớm hướng dẫn việc kiện toàn tổ chức HĐND khi sắp xếp đơn vị hành chính cấp huyện, cấp xã.
                Đánh giá cao sự chuẩn bị và tham dự đầy đủ, tích cực của các vị đại biểu.

                2. Nhiệm vụ trọng tâm thời gian tới
                - Thực hiện tốt chức năng, nhiệm vụ của HĐND các cấp;
                - Tiếp tục đổi mới, nâng cao chất lượng các kỳ họp, các phiên họp;
                - Tăng cường hoạt động giám sát;
                - Khi sắp xếp các đơn vị hành chính cấp huyện, cấp xã cần quan tâm đến công tác quy hoạch đội ngũ cán bộ.

                Thường trực HĐND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.

                TM. THƯỜNG TRỰC HĐND
                KT. CHỦ TỊCH
                PHÓ CHỦ TỊCH

                Nguyễn Nam Đình

                Nơi nhận:
                - Thường trực Tỉnh ủy;
                - UBND tỉnh;
                - Thường trực HĐND các huyện, thành phố, thị xã;
                - Lưu: VT, TH.

                """);
    }
}
