using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Calendar;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using NodaTime;

namespace HdndWorkflow.Email.Tests.Calendar;

/// <summary>Test data: the August 2024 exchange-of-experience conference of a provincial council.</summary>
internal static class Conferences
{
    public static readonly Council NgheAn = new(
        new CouncilId("tinh-nghe-an"), "HĐND tỉnh Nghệ An", AdministrativeUnitKind.Province, "Văn phòng Đoàn ĐBQH và HĐND tỉnh");

    public static readonly Invitee.Person Binh = new(
        new InviteeId(Guid(1)), "Trần Văn Bình", "Giám đốc", "Sở Tư pháp", EmailAddress.From("binh.tv@example.vn"));

    public static readonly Invitee.Unit Communes = new(
        new InviteeId(Guid(2)), "Thường trực HĐND các xã, thị trấn", EmailAddress.From("vanphong.xa@example.vn"));

    public static readonly CalendarParty Organizer = new("Văn phòng Đoàn ĐBQH và HĐND tỉnh", EmailAddress.From("vanphong@hdnd.example.vn"));

    /// <summary>25/07/2024 10:00 in Vietnam: when the invitations are written.</summary>
    public static readonly Instant Stamp = Instant.FromUtc(2024, 7, 25, 3, 0, 0);

    public static Guid Guid(int n) => new(n, 0, 0, new byte[8]);

    /// <summary>Sáng 02/08/2024, 7:30–11:30 (00:30–04:30 UTC), inviting.</summary>
    public static Conference Conference() => new()
    {
        Id = new ConferenceId(Guid(100)),
        Council = NgheAn,
        Kind = ConferenceKind.ExperienceExchange,
        Scope = ConferenceScope.WithLevelBelow,
        Ordinal = 5,
        Schedule = new Schedule(new LocalDate(2024, 8, 2), new LocalTime(7, 30), new LocalTime(11, 30)),
        Venue = new Venue("Hội trường UBND thị xã Cửa Lò", "Đường Bình Minh, thị xã Cửa Lò"),
        CoChairs =
        [
            CoChair.Create("Nguyễn Văn An", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"]),
            CoChair.Create("Nguyễn Văn Khôi", ["Tỉnh ủy viên"], ["Phó Chủ tịch HĐND tỉnh"]),
        ],
        Agenda = [new AgendaItem("Đánh giá kết quả hoạt động 6 tháng đầu năm")],
        Invitees = [Binh, Communes],
        RegistrationDeadline = new RegistrationDeadline(new LocalDateTime(2024, 7, 30, 17, 0)),
        Status = ConferenceStatus.Inviting,
    };

    public static CalendarEvent Event(string? description = null) => new()
    {
        Uid = "test-uid@hdndworkflow",
        Sequence = 0,
        Stamp = Stamp,
        Start = Instant.FromUtc(2024, 8, 2, 0, 30),
        End = Instant.FromUtc(2024, 8, 2, 4, 30),
        Summary = "Hội nghị",
        Description = description,
        Organizer = Organizer,
        Attendee = new CalendarParty(Binh.Name, Binh.Email),
    };
}
