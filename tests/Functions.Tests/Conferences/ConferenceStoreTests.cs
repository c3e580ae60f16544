using Azure;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences.Persistence;
using HdndWorkflow.Storage.Tables;
using HdndWorkflow.Testing;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Conferences;

public sealed class ConferenceStoreTests : IAsyncLifetime
{
    private Azurite _azurite = null!;
    private ConferenceStore _store = null!;

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        _store = new ConferenceStore(new TableServiceClient(_azurite.Account));
        await _store.CreateTablesAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _azurite.DisposeAsync();

    [Fact]
    public async Task A_conference_round_trips_with_its_invitees_titles_and_reminders()
    {
        var conference = Conference(invitees: 3);

        var etag = await _store.CreateAsync(conference, CancellationToken.None);
        var (stored, storedETag) = (await _store.GetAsync(conference.Council.Id, conference.Id, CancellationToken.None))!.Value;

        storedETag.Should().Be(etag);
        stored.Should().BeEquivalentTo(conference, o => o.ComparingRecordsByMembers().Excluding(c => c.Invitees));
        stored.Invitees.Should().BeEquivalentTo(conference.Invitees);
        stored.Title.Should().Be("Hội nghị trao đổi kinh nghiệm hoạt động giữa Thường trực HĐND tỉnh với Thường trực HĐND cấp huyện lần thứ năm, nhiệm kỳ 2021 – 2026");
        stored.CoChairs[0].ToString().Should().Be("Nguyễn Nam Đình – Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh");
    }

    [Fact]
    public async Task A_conference_of_a_thousand_invitees_is_stored_one_row_each()
    {
        var conference = Conference(invitees: 1000);

        await _store.CreateAsync(conference, CancellationToken.None);
        var stored = (await _store.GetAsync(conference.Council.Id, conference.Id, CancellationToken.None))!.Value.Conference;

        stored.Invitees.Should().HaveCount(1000);
        stored.Invitees.Select(i => i.Email).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task An_update_from_a_stale_version_is_refused_and_the_stored_one_kept()
    {
        var conference = Conference(invitees: 1);
        var etag = await _store.CreateAsync(conference, CancellationToken.None);
        await _store.UpdateAsync(conference with { Ordinal = 6 }, etag, CancellationToken.None);

        var stale = () => _store.UpdateAsync(conference with { Ordinal = 7 }, etag, CancellationToken.None);

        (await stale.Should().ThrowAsync<RequestFailedException>()).Which.Status.Should().Be(412);
        (await _store.GetAsync(conference.Council.Id, conference.Id, CancellationToken.None))!.Value.Conference.Ordinal.Should().Be(6);
    }

    [Fact]
    public async Task An_unknown_conference_reads_as_null() =>
        (await _store.GetAsync(new CouncilId("tinh-nghe-an"), new ConferenceId(Guid.NewGuid()), CancellationToken.None)).Should().BeNull();

    private static Conference Conference(int invitees) => new()
    {
        Id = new ConferenceId(Guid.NewGuid()),
        Council = new Council(new CouncilId("tinh-nghe-an"), "HĐND tỉnh Nghệ An", AdministrativeUnitKind.Province, "Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        Kind = ConferenceKind.ExperienceExchange,
        Ordinal = 5,
        Schedule = new Schedule(new LocalDate(2024, 8, 2), new LocalTime(7, 30), new LocalTime(11, 30)),
        Venue = new Venue("Hội trường UBND thị xã Cửa Lò", "Đường Bình Minh"),
        CoChairs = [CoChair.Create("Nguyễn Nam Đình", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"])],
        Agenda = [new AgendaItem("Đánh giá kết quả 6 tháng đầu năm", "Văn phòng", new LocalTime(8, 0))],
        Invitees = [.. Enumerable.Range(0, invitees).Select(i => i % 10 == 9
            ? (Invitee)new Invitee.Unit(new InviteeId(Guid.NewGuid()), $"Thường trực HĐND xã số {i}", EmailAddress.From($"xa{i}@example.vn"))
            : new Invitee.Person(new InviteeId(Guid.NewGuid()), $"Đại biểu {i}", "Chủ tịch HĐND xã", $"Xã {i}", EmailAddress.From($"daibieu{i}@example.vn")))],
        RegistrationDeadline = new RegistrationDeadline(new LocalDateTime(2024, 7, 30, 17, 0)),
        Reminders = new ReminderPolicy([Duration.FromDays(3), Duration.FromHours(6)]),
        Status = ConferenceStatus.Inviting,
        Revision = 2,
    };
}
