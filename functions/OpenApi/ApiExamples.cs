using HdndWorkflow.Functions.Conferences.Api;

namespace HdndWorkflow.Functions.OpenApi;

/// <summary>
/// The one place the request bodies' examples live: typed, so that they keep up with the inputs, and published by
/// <see cref="RequestExamples"/> for the body's type. Tests post them as the document shows them, and compare the
/// conference's with the one in docs/conferences.md. This file: the conference API; <c>.Conclusions</c>: the conclusion API.
/// </summary>
public static partial class ApiExamples
{
    /// <summary>A briefing of the provincial council with the councils below it: what <c>POST /api/conferences</c> takes.</summary>
    public static ConferenceInput Conference { get; } = new()
    {
        CouncilId = "tinh-mau",
        Kind = "giao ban",
        Scope = "WithLevelBelow",
        Ordinal = 3,
        OwnTitle = null,
        Date = "2027-07-08",
        Start = "08:00",
        End = "11:30",
        Venue = new VenueInput("Hội trường Thường trực HĐND tỉnh", "Số 45 Hùng Vương, phường Đông Hà, tỉnh Quảng Trị"),
        CoChairs =
        [
            new CoChairInput("Nguyễn Đăng Quang", ["Phó Bí thư Tỉnh ủy"], ["Chủ tịch HĐND tỉnh"]),
            new CoChairInput("Hoàng Văn Minh", [], ["Phó Chủ tịch HĐND tỉnh"]),
        ],
        Agenda =
        [
            new AgendaInput("Báo cáo kết quả hoạt động 6 tháng đầu năm của HĐND các cấp", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "08:00"),
            new AgendaInput("Thảo luận, trao đổi kinh nghiệm về công tác giám sát", null, "09:00"),
            new AgendaInput("Phát biểu kết luận của Chủ tịch HĐND tỉnh", "Chủ tịch HĐND tỉnh", "11:00"),
        ],
        Invitees =
        [
            new InviteeInput("Lê Thị Thu Hà", "Chủ tịch HĐND phường", "HĐND phường Đông Hà", "lethithuha@example.vn"),
            new InviteeInput("Trần Văn Bình", "Phó Chủ tịch HĐND xã", "HĐND xã Cam Lộ", "tranvanbinh@example.vn"),
            new InviteeInput("Ban Kinh tế - Ngân sách HĐND tỉnh", null, null, "ban-kinh-te@example.vn", Unit: true),
        ],
        RegistrationDeadline = "2027-07-05T17:00",
        ReminderHours = [72, 24],
    };

    /// <summary>A new date for the conference: what <c>POST /api/conferences/{id}/reschedule</c> takes.</summary>
    public static RescheduleInput Reschedule { get; } = new("2027-07-15", "08:00", "11:30", "2027-07-12T17:00");

    /// <summary>Invitees added later: what <c>POST /api/conferences/{id}/invitees</c> takes.</summary>
    public static List<InviteeInput?> Invitees { get; } =
    [
        new InviteeInput("Phạm Minh Tuấn", "Chủ tịch HĐND xã", "HĐND xã Gio Linh", "phamminhtuan@example.vn"),
    ];

    /// <summary>A deputy sent in the invitee's place: what <c>POST /api/invitations/{token}/answer</c> takes.</summary>
    public static AnswerInput Answer { get; } = new(
        AnswerInput.SendDeputy, null, new DeputyInput("Nguyễn Thị Mai", "Phó Chủ tịch HĐND phường", "nguyenthimai@example.vn"));

    /// <summary>The examples by the type of the body they are for.</summary>
    internal static IReadOnlyDictionary<Type, object> ByType { get; } = new Dictionary<Type, object>(
    [
        new(typeof(ConferenceInput), Conference),
        new(typeof(RescheduleInput), Reschedule),
        new(typeof(List<InviteeInput?>), Invitees),
        new(typeof(AnswerInput), Answer),
        new(typeof(AddressInput), new AddressInput("nguyenvanan.hdnd@example.vn")),
        new(typeof(Workflow.WorkflowEvents.EventBody), new Workflow.WorkflowEvents.EventBody("rescheduled")),
        .. Conclusions(),
    ]);
}
