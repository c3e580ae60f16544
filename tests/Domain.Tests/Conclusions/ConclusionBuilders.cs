using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conclusions;

/// <summary>
/// Test data for drafting: the conference of the published example article (Cửa Lò, 2 August 2024), its frozen roll,
/// its outcome and a provincial standing committee as the notice's issuer.
/// </summary>
internal static class ConclusionBuilders
{
    public static readonly CoChair Dinh = CoChair.Create(
        "Nguyễn Nam Đình", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"]);

    public static readonly CoChair Khoi = CoChair.Create(
        "Nguyễn Như Khôi", ["Ủy viên BCH Đảng bộ tỉnh"], ["Phó Chủ tịch HĐND tỉnh"]);

    public static readonly Invitee.Person Chung = Person(11, "Thái Thị An Chung", "Ủy viên BCH Đảng bộ tỉnh, Phó Trưởng Đoàn ĐBQH tỉnh");
    public static readonly Invitee.Person Minh = Person(12, "Trần Nhật Minh", "ĐBQH chuyên trách");
    public static readonly Invitee.Person Declining = Person(13, "Lê Văn Từ", "Giám đốc Sở Nội vụ");
    public static readonly Invitee.Person Silent = Person(14, "Hồ Thị Lặng", "Giám đốc Sở Tài chính");
    public static readonly Invitee.Person Absent = Person(15, "Phan Đức Vắng", "Chánh Văn phòng UBND tỉnh");
    public static readonly Invitee.Person DinhInvited = Person(16, "Nguyễn Nam Đình", "Phó Chủ tịch Thường trực HĐND tỉnh");
    public static readonly Invitee.Unit Front = Unit(21, "Đại diện lãnh đạo Ủy ban MTTQ Việt Nam tỉnh");
    public static readonly Invitee.Unit StandingMembers = Unit(22, "các đồng chí Ủy viên Thường trực HĐND tỉnh");
    public static readonly Invitee.Unit Districts = Unit(23, "Chủ tịch, Phó Chủ tịch HĐND các huyện, thành phố, thị xã trong tỉnh");

    public static readonly Deputy AbsentsDeputy = new(
        "Võ Thị Thay", "Phó Chánh Văn phòng UBND tỉnh", EmailAddress.From("thay.vt@example.vn"));

    /// <summary>The example's conference: Sáng 02/08/2024 at Cửa Lò, the fifth of the 2021 – 2026 term.</summary>
    public static Conference Conference() => Builders.Conference() with
    {
        Venue = new Venue("thị xã Cửa Lò"),
        CoChairs = [Dinh, Khoi],
        Invitees = [Front, Chung, Declining, StandingMembers, Minh, Silent, Absent, DinhInvited, Districts],
        Status = ConferenceStatus.Held,
    };

    /// <summary>
    /// Everyone accepted except: Lê Văn Từ declined, Hồ Thị Lặng never answered, Phan Đức Vắng sent Võ Thị Thay.
    /// The Front unit, listed first on the invitation, accepted.
    /// </summary>
    public static AttendanceRoll Roll(Conference conference) => conference.Roll(
    [
        Reply(Front, new InvitationResponse.Accepted()),
        Reply(Chung, new InvitationResponse.Accepted()),
        Reply(Declining, new InvitationResponse.Declined("Bận công tác")),
        Reply(StandingMembers, new InvitationResponse.Accepted()),
        Reply(Minh, new InvitationResponse.Accepted()),
        Reply(Absent, new InvitationResponse.DeputySent(AbsentsDeputy)),
        Reply(DinhInvited, new InvitationResponse.Accepted()),
        Reply(Districts, new InvitationResponse.Accepted()),
    ]);

    public static Outcome Outcome() => new()
    {
        Assessment =
        [
            "Hội nghị đã tập trung đánh giá những kết quả hoạt động của HĐND tỉnh, HĐND cấp huyện 6 tháng đầu năm, " +
            "nhiệm vụ 6 tháng cuối năm 2024",
            "Đồng thời, các đại biểu cũng trao đổi những giải pháp, kinh nghiệm, cách làm hay trong tổ chức hoạt động " +
            "và nêu một số kiến nghị, đề xuất với HĐND, UBND tỉnh.",
        ],
        Figures =
        [
            new FigureStatement(
                "Từ đầu nhiệm kỳ, HĐND các cấp trong tỉnh",
                [new Figure("tổ chức", 12, "kỳ họp"), new Figure("ban hành", 145, "nghị quyết"), new Figure("thực hiện", 30, "cuộc giám sát")]),
        ],
        PresidingChair = Dinh,
        Conclusions =
        [
            "đánh giá cao sự chuẩn bị và tham dự đầy đủ, tích cực của các vị đại biểu",
            "Đồng chí ghi nhận các kiến nghị của Thường trực HĐND cấp huyện và giao Văn phòng tổng hợp, báo cáo.",
        ],
        Directives =
        [
            "thực hiện tốt chức năng, nhiệm vụ của HĐND các cấp;",
            "Tiếp tục đổi mới, nâng cao chất lượng các kỳ họp, các phiên họp",
            "Tăng cường hoạt động giám sát.",
        ],
        FieldVisit = new FieldVisit("mô hình tiếp xúc cử tri tại phường Nghi Hòa", "Chiều cùng ngày"),
        Authors = ["Hữu Lương", "Tạ Nhật"],
    };

    public static NoticeIssuer Issuer() => new()
    {
        ParentLines = ["HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN"],
        BodyLines = ["THƯỜNG TRỰC HĐND"],
        Code = "HĐND",
        Place = "Nghệ An",
        Signature = new NoticeSignature(["TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Nam Đình"),
        Recipients = ["Thường trực Tỉnh ủy", "UBND tỉnh;", "Thường trực HĐND các huyện, thành phố, thị xã"],
        Archive = "VT, TH",
    };

    private static Invitee.Person Person(int id, string name, string title) =>
        new(Builders.InviteeId(id), name, title, string.Empty, EmailAddress.From($"khach{id}@example.vn"));

    private static Invitee.Unit Unit(int id, string name) =>
        new(Builders.InviteeId(id), name, EmailAddress.From($"donvi{id}@example.vn"));

    private static Reply Reply(Invitee invitee, InvitationResponse response) =>
        new(invitee.Id, response, Builders.At(2024, 7, 29, 9));
}
