using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using NodaTime;

namespace HdndWorkflow.Domain.Tests.Conferences;

public class ConferenceValidationTests
{
    private static readonly Conference Valid = Builders.Conference();

    [Fact]
    public void A_complete_conference_has_no_errors() => Valid.Validate().Should().BeEmpty();

    [Theory]
    [InlineData(" ", "Tên hội nghị không được chỉ có khoảng trắng; để trống để dùng tên ghép theo loại hội nghị.")]
    [InlineData("Hội nghị giao ban\nquý I", "Tên hội nghị phải viết trên một dòng.")]
    public void Own_title_must_be_a_line_of_text(string title, string message) =>
        (Valid with { OwnTitle = title }).Validate().Should().ContainSingle().Which.Should().Be(new ValidationError("ownTitle", message));

    [Fact]
    public void Own_title_longer_than_the_maximum_is_refused()
    {
        (Valid with { OwnTitle = new string('a', ConferenceTitle.OwnTitleMaxLength) }).Validate().Should().BeEmpty();
        (Valid with { OwnTitle = new string('a', ConferenceTitle.OwnTitleMaxLength + 1) }).Validate().Should().ContainSingle()
            .Which.Should().Be(new ValidationError("ownTitle", "Tên hội nghị không được dài quá 250 ký tự."));
    }

    [Fact]
    public void Deadline_at_or_after_the_start_is_refused()
    {
        var conference = Valid with { RegistrationDeadline = new RegistrationDeadline(new LocalDateTime(2024, 8, 2, 7, 30)) };

        conference.Validate().Should().ContainSingle().Which.Should().Be(
            new ValidationError("registrationDeadline", "Hạn đăng ký phải trước thời điểm bắt đầu hội nghị."));
    }

    [Theory]
    [InlineData(11, 30)]
    [InlineData(7, 30)]
    public void End_must_be_after_start(int hour, int minute)
    {
        var conference = Valid with { Schedule = Valid.Schedule with { Start = new LocalTime(hour, minute), End = new LocalTime(7, 30) } };

        conference.Validate().Should().ContainSingle().Which.Should().Be(
            new ValidationError("schedule.end", "Thời gian kết thúc phải sau thời gian bắt đầu."));
    }

    [Fact]
    public void At_least_one_co_chair_is_required() =>
        (Valid with { CoChairs = [] }).Validate().Should().ContainSingle().Which.Should().Be(
            new ValidationError("coChairs", "Hội nghị phải có ít nhất một đồng chủ trì."));

    [Fact]
    public void Co_chair_needs_a_name_and_a_title() =>
        (Valid with { CoChairs = [new CoChair(" ", [])] }).Validate().Should().BeEquivalentTo(
        [
            new ValidationError("coChairs[0].name", "Họ tên đồng chủ trì không được để trống."),
            new ValidationError("coChairs[0].titles", "Đồng chủ trì phải có ít nhất một chức danh."),
        ]);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Ordinal_must_be_at_least_one(int ordinal) =>
        (Valid with { Ordinal = ordinal }).Validate().Should().ContainSingle().Which.Should().Be(
            new ValidationError("ordinal", "Số thứ tự hội nghị (lần thứ) phải từ 1 trở lên."));

    [Fact]
    public void Duplicate_email_is_refused_ignoring_case_and_spaces()
    {
        var twin = Builders.Person(9, "Trần Văn Bình", "  BINH.TV@Example.VN ");

        (Valid with { Invitees = [.. Valid.Invitees, twin] }).Validate().Should().ContainSingle().Which.Should().Be(
            new ValidationError("invitees[3].email", "Địa chỉ email \u201cBINH.TV@example.vn\u201d đã có trong danh sách khách mời."));
    }

    [Fact]
    public void Malformed_and_missing_emails_are_reported_per_invitee()
    {
        Invitee[] invitees = [Builders.Person(1, "A", "not-an-email"), Builders.Person(2, "B", "  ")];

        (Valid with { Invitees = invitees }).Validate().Should().BeEquivalentTo(
        [
            new ValidationError("invitees[0].email", "Địa chỉ email \u201cnot-an-email\u201d không hợp lệ."),
            new ValidationError("invitees[1].email", "Địa chỉ email không được để trống."),
        ]);
    }

    [Fact]
    public void Invitees_need_names_titles_and_distinct_ids()
    {
        Invitee[] invitees =
        [
            new Invitee.Person(Builders.InviteeId(1), "", "", "", EmailAddress.From("a@example.vn")),
            new Invitee.Unit(Builders.InviteeId(1), " ", EmailAddress.From("b@example.vn")),
        ];

        (Valid with { Invitees = invitees }).Validate().Should().BeEquivalentTo(
        [
            new ValidationError("invitees[0].name", "Họ tên khách mời không được để trống."),
            new ValidationError("invitees[0].title", "Chức vụ của khách mời không được để trống."),
            new ValidationError("invitees[1].id", "Mã khách mời bị trùng."),
            new ValidationError("invitees[1].name", "Tên đơn vị được mời không được để trống."),
        ]);
    }

    [Fact]
    public void At_least_one_invitee_is_required() =>
        (Valid with { Invitees = [] }).Validate().Should().ContainSingle().Which.Should().Be(
            new ValidationError("invitees", "Hội nghị phải có ít nhất một khách mời."));

    [Fact]
    public void District_level_is_refused_from_July_2025()
    {
        var district = new Council(new CouncilId("h"), "HĐND huyện Nghi Lộc", AdministrativeUnitKind.RuralDistrict, "Văn phòng HĐND và UBND huyện");
        var conference = Valid with
        {
            Council = district,
            Schedule = new Schedule(new LocalDate(2025, 7, 1), new LocalTime(8, 0), new LocalTime(11, 0)),
            RegistrationDeadline = new RegistrationDeadline(new LocalDateTime(2025, 6, 28, 17, 0)),
        };

        conference.Validate().Should().ContainSingle().Which.Should().Be(
            new ValidationError("council.unit", "HĐND cấp huyện chỉ áp dụng cho hội nghị trước ngày 01/07/2025."));
    }

    [Fact]
    public void District_level_is_accepted_before_July_2025() =>
        (Valid with { Council = Valid.Council with { Unit = AdministrativeUnitKind.DistrictTown } }).Validate().Should().BeEmpty();

    [Fact]
    public void Commune_cannot_meet_a_level_below()
    {
        var ward = new Council(new CouncilId("p"), "HĐND phường Vinh Phú", AdministrativeUnitKind.Ward, "Văn phòng HĐND và UBND phường");
        var conference = Valid with
        {
            Council = ward,
            Schedule = new Schedule(new LocalDate(2025, 9, 5), new LocalTime(8, 0), new LocalTime(11, 0)),
            RegistrationDeadline = new RegistrationDeadline(new LocalDateTime(2025, 9, 3, 17, 0)),
        };

        conference.Validate().Should().ContainSingle().Which.Should().Be(
            new ValidationError("scope", "HĐND cấp xã không có cấp dưới để tổ chức hội nghị với Thường trực HĐND cấp dưới."));
        (conference with { Scope = ConferenceScope.OwnCouncil }).Validate().Should().BeEmpty();
    }

    [Fact]
    public void Required_texts_are_reported_with_their_fields()
    {
        var conference = Valid with
        {
            Id = default,
            Council = new Council(default, " ", AdministrativeUnitKind.Province, ""),
            Venue = new Venue(""),
            Agenda = [new AgendaItem("  ")],
        };

        conference.Validate().Select(error => error.Field).Should().BeEquivalentTo(
            "id", "council.id", "council.name", "council.organizerOffice", "venue.name", "agenda[0].title");
    }

    [Fact]
    public void Venue_is_optional() => (Valid with { Venue = null }).Validate().Should().BeEmpty();

    [Fact]
    public void Unknown_enum_values_are_reported_not_thrown() =>
        (Valid with { Kind = (ConferenceKind)42, Council = Valid.Council with { Unit = (AdministrativeUnitKind)42 } })
            .Validate().Select(error => error.Field).Should().BeEquivalentTo("kind", "council.unit");

    [Fact]
    public void Reminder_must_come_before_the_deadline() =>
        (Valid with { Reminders = new ReminderPolicy([Duration.FromDays(1), Duration.Zero]) }).Validate()
            .Should().ContainSingle().Which.Should().Be(
                new ValidationError("reminders[1]", "Thời điểm nhắc phải trước hạn đăng ký."));
}
