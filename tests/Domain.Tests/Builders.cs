using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Vietnamese;
using NodaTime;

namespace HdndWorkflow.Domain.Tests;

/// <summary>Test data: a valid conference modelled on the August 2024 exchange-of-experience conference.</summary>
internal static class Builders
{
    public static readonly Council NgheAn = new(
        new CouncilId("tinh-nghe-an"), "HĐND tỉnh Nghệ An", AdministrativeUnitKind.Province, "Văn phòng Đoàn ĐBQH và HĐND tỉnh");

    public static readonly Invitee.Person PersonA = Person(1, "Trần Văn Bình", "binh.tv@example.vn");
    public static readonly Invitee.Person PersonB = Person(2, "Lê Thị Hoa", "hoa.lt@example.vn");
    public static readonly Invitee.Unit FrontUnit = new(
        InviteeId(3), "Ủy ban MTTQ Việt Nam tỉnh", EmailAddress.From("mttq@example.vn"));

    /// <summary>Vietnam local time as an instant.</summary>
    public static Instant At(int year, int month, int day, int hour = 0, int minute = 0) =>
        VietnamTime.ToInstant(new LocalDateTime(year, month, day, hour, minute));

    public static InviteeId InviteeId(int n) => new(Guid(n));

    public static Guid Guid(int n) => new(n, 0, 0, new byte[8]);

    public static Invitee.Person Person(int id, string name, string email) =>
        new(InviteeId(id), name, "Giám đốc", "Sở Tư pháp", EmailAddress.From(email));

    public static CoChair Chair(string name = "Nguyễn Văn An") =>
        CoChair.Create(name, ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"]);

    /// <summary>Sáng 02/08/2024, 7:30–11:30, deadline 17:00 on 30/07/2024: valid, in Draft.</summary>
    public static Conference Conference() => new()
    {
        Id = new ConferenceId(Guid(100)),
        Council = NgheAn,
        Kind = ConferenceKind.ExperienceExchange,
        Scope = ConferenceScope.WithLevelBelow,
        Ordinal = 5,
        Schedule = new Schedule(new LocalDate(2024, 8, 2), new LocalTime(7, 30), new LocalTime(11, 30)),
        Venue = new Venue("Hội trường UBND thị xã Cửa Lò", "Đường Bình Minh, thị xã Cửa Lò"),
        CoChairs = [Chair(), Chair("Nguyễn Văn Khôi")],
        Agenda = [new AgendaItem("Đánh giá kết quả hoạt động 6 tháng đầu năm")],
        Invitees = [PersonA, PersonB, FrontUnit],
        RegistrationDeadline = new RegistrationDeadline(new LocalDateTime(2024, 7, 30, 17, 0)),
    };

    public static Conference Inviting() => Conference() with { Status = ConferenceStatus.Inviting };
}
