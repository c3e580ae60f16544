using Azure;
using HdndWorkflow.Domain;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Functions.Conferences.Links;
using HdndWorkflow.Functions.Conferences.Persistence;
using Azure.Data.Tables;
using HdndWorkflow.Testing;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Conferences;

/// <summary>The store against one Azurite shared by the class (each test uses conferences of its own).</summary>
public sealed class ConferenceStoreTests(ConferenceStoreTests.Storage storage) : IClassFixture<ConferenceStoreTests.Storage>
{
    private readonly ConferenceStore _store = storage.Store;

    public sealed class Storage : IAsyncLifetime
    {
        private Azurite? _azurite;

        internal ConferenceStore Store { get; private set; } = null!;

        internal TableServiceClient Tables { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _azurite = await Azurite.StartAsync();
            Tables = _azurite.Connection.CreateTableServiceClient();
            Store = new ConferenceStore(Tables);
            await Store.CreateTableAsync(CancellationToken.None);
        }

        public async Task DisposeAsync()
        {
            if (_azurite is not null)
            {
                await _azurite.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_conference_round_trips_with_its_invitees_in_the_order_invited()
    {
        var conference = Conference(invitees: 3);

        var etag = await CreateAsync(conference);
        var (stored, storedETag, invitations) = (await _store.GetAsync(conference.Id, CancellationToken.None))!.Value;

        storedETag.Should().Be(etag);
        stored.Should().BeEquivalentTo(conference, o => o.ComparingRecordsByMembers().Excluding(c => c.Invitees));
        stored.Invitees.Should().Equal(conference.Invitees);
        invitations.Should().OnlyContain(i => i.InvitedRevision == Invitation.NotInvited && i.Reply == null && i.Nonce.Length == 22);
        stored.CoChairs[0].ToString().Should().Be("Nguyễn Nam Đình – Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh");
    }

    [Fact]
    public async Task A_thousand_invitees_split_into_sixteen_shards_that_cover_each_once()
    {
        var conference = Conference(invitees: 1000);
        await CreateAsync(conference);

        var shards = await Task.WhenAll(Enumerable.Range(0, InvitationShard.Max)
            .Select(i => _store.ListInvitationsAsync(conference.Id, new InvitationShard(i, InvitationShard.Max), null, CancellationToken.None)));

        shards.SelectMany(s => s).Select(i => i.Invitee.Id).Should().BeEquivalentTo(conference.Invitees.Select(i => i.Id));
        shards.Should().OnlyContain(s => s.Count > 20, "random ids spread evenly over the first hex digit");
    }

    [Fact]
    public async Task Replies_and_sent_marks_are_recorded_and_filtered_on()
    {
        var conference = Conference(invitees: 3);
        await CreateAsync(conference);
        var (first, second) = (conference.Invitees[0].Id, conference.Invitees[1].Id);
        var deputy = new Deputy("Trần Thị B", "Phó Chánh Văn phòng", EmailAddress.From("b@example.vn"));
        var at = Instant.FromUtc(2024, 7, 20, 3, 0);

        await _store.MarkSentAsync(conference.Id, [(first, true, false), (second, true, false)], 2, CancellationToken.None);
        await _store.SaveReplyAsync(conference.Id, new Reply(first, new InvitationResponse.DeputySent(deputy), at), InvitationToken.NewNonce(), ReplySource.Link, CancellationToken.None);

        var notSent = await _store.ListInvitationsAsync(conference.Id, InvitationShard.All, ConferenceStore.NotSent(2), CancellationToken.None);
        notSent.Select(i => i.Invitee.Id).Should().BeEquivalentTo([first, conference.Invitees[2].Id], "the deputy of the first and the third invitee have not been sent revision 2");
        var unanswered = await _store.ListInvitationsAsync(conference.Id, InvitationShard.All, ConferenceStore.Unanswered, CancellationToken.None);
        unanswered.Select(i => i.Invitee.Id).Should().BeEquivalentTo([second, conference.Invitees[2].Id]);
        var stored = await _store.GetInvitationAsync(conference.Id, first, CancellationToken.None);
        stored!.Reply.Should().Be(new Reply(first, new InvitationResponse.DeputySent(deputy), at));
        stored.Deputy.Should().Be(deputy);
        stored.DeputyInvitedRevision.Should().Be(Invitation.NotInvited);
    }

    [Fact]
    public async Task A_reply_to_an_unknown_invitation_is_refused_and_creates_nothing()
    {
        var conference = Conference(invitees: 1);
        await CreateAsync(conference);
        var stranger = new InviteeId(Guid.NewGuid());

        var reply = () => _store.SaveReplyAsync(conference.Id, new Reply(stranger, new InvitationResponse.Accepted(), Instant.FromUtc(2024, 7, 1, 0, 0)), null, ReplySource.Link, CancellationToken.None);

        (await reply.Should().ThrowAsync<RequestFailedException>()).Which.Status.Should().Be(404);
        (await _store.GetInvitationAsync(conference.Id, stranger, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task An_update_from_a_stale_version_is_refused_and_the_stored_one_kept()
    {
        var conference = Conference(invitees: 1);
        var etag = await CreateAsync(conference);
        await _store.UpdateAsync(conference with { Ordinal = 6 }, etag, CancellationToken.None);

        var stale = () => _store.UpdateAsync(conference with { Ordinal = 7 }, etag, CancellationToken.None);

        (await stale.Should().ThrowAsync<RequestFailedException>()).Which.Status.Should().Be(412);
        (await _store.GetHeaderAsync(conference.Id, CancellationToken.None))!.Value.Conference.Ordinal.Should().Be(6);
    }

    [Fact]
    public async Task The_header_for_links_is_read_once_for_many_and_sees_changes_through_its_store_at_once_and_others_within_a_second()
    {
        var conference = Conference(invitees: 1);
        var etag = await CreateAsync(conference);
        var otherInstance = new ConferenceStore(storage.Tables);

        var together = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => _store.GetRecentHeaderAsync(conference.Id, CancellationToken.None)));
        etag = await _store.UpdateAsync(conference with { Ordinal = 6 }, etag, CancellationToken.None);
        var afterOwnChange = await _store.GetRecentHeaderAsync(conference.Id, CancellationToken.None);
        await otherInstance.UpdateAsync(conference with { Ordinal = 7 }, etag, CancellationToken.None);
        await Task.Delay(ConferenceStore.RecentFor + TimeSpan.FromMilliseconds(100));
        var afterOtherChange = await _store.GetRecentHeaderAsync(conference.Id, CancellationToken.None);

        together.Should().OnlyContain(c => ReferenceEquals(c, together[0]), "fifty readers at once share one read");
        together[0]!.Ordinal.Should().Be(conference.Ordinal);
        afterOwnChange!.Ordinal.Should().Be(6);
        afterOtherChange!.Ordinal.Should().Be(7);
        (await _store.GetRecentHeaderAsync(new ConferenceId(Guid.NewGuid()), CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task Conferences_are_listed_by_council()
    {
        var council = new CouncilId($"tinh-{Guid.NewGuid():N}");
        var ours = Conference(invitees: 1) with { Council = Conference(invitees: 0).Council with { Id = council } };
        var theirs = Conference(invitees: 1) with { Council = ours.Council with { Id = new CouncilId($"tinh-{Guid.NewGuid():N}") } };
        await CreateAsync(ours);
        await CreateAsync(theirs);

        (await _store.ListAsync(ours.Council.Id, CancellationToken.None)).Select(c => c.Id).Should().Equal(ours.Id);
        (await _store.ListAsync(null, CancellationToken.None)).Select(c => c.Id).Should().Contain([ours.Id, theirs.Id]);
    }

    [Fact]
    public async Task Each_council_index_lists_its_own_conferences_the_latest_created_first()
    {
        var council = new CouncilId($"tinh-{Guid.NewGuid():N}");
        var first = Conference(invitees: 0) with { Council = Conference(invitees: 0).Council with { Id = council } };
        var second = first with { Id = new ConferenceId(Guid.NewGuid()) };
        var elsewhere = first with { Id = new ConferenceId(Guid.NewGuid()), Council = first.Council with { Id = new CouncilId($"tinh-{Guid.NewGuid():N}") } };
        await CreateAsync(first);
        await Task.Delay(20);
        await CreateAsync(second);
        await CreateAsync(elsewhere);

        (await _store.ListCouncilAsync(council, CancellationToken.None)).Select(c => c.Id).Should().Equal(second.Id, first.Id);
        (await _store.ListCouncilAsync(elsewhere.Council.Id, CancellationToken.None)).Select(c => c.Id).Should().Equal(elsewhere.Id);
    }

    [Fact]
    public async Task A_councils_list_is_read_once_for_many_and_has_a_conference_created_through_its_store_at_once()
    {
        var council = new CouncilId($"tinh-{Guid.NewGuid():N}");
        var first = Conference(invitees: 0) with { Council = Conference(invitees: 0).Council with { Id = council } };
        await CreateAsync(first);

        var together = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _store.ListCouncilAsync(council, CancellationToken.None)));
        var second = first with { Id = new ConferenceId(Guid.NewGuid()) };
        await CreateAsync(second);

        together.Should().OnlyContain(list => ReferenceEquals(list, together[0]), "twenty readers at once share one read");
        together[0].Select(c => c.Id).Should().Equal(first.Id);
        (await _store.ListCouncilAsync(council, CancellationToken.None)).Select(c => c.Id).Should().Equal(second.Id, first.Id);
        (await new ConferenceStore(storage.Tables).ListCouncilAsync(council, CancellationToken.None)).Select(c => c.Id)
            .Should().Equal([second.Id, first.Id], "another instance reads the index itself");
    }

    [Fact]
    public async Task The_backfill_indexes_conferences_stored_before_the_index_once()
    {
        var index = storage.Tables.GetTableClient(ConferenceStore.CouncilIndexTableName);
        await index.DeleteEntityAsync("~index", "backfilled", ETag.All);
        var council = new CouncilId($"tinh-{Guid.NewGuid():N}");
        var older = Conference(invitees: 0) with { Council = Conference(invitees: 0).Council with { Id = council } };
        await CreateAsync(older);
        await index.DeleteEntityAsync(council.Value, older.Id.ToString(), ETag.All);
        (await _store.ListCouncilAsync(council, CancellationToken.None)).Should().BeEmpty("the conference was stored before its council had an index");

        var added = await _store.BackfillCouncilIndexAsync(CancellationToken.None);
        var again = await _store.BackfillCouncilIndexAsync(CancellationToken.None);

        added.Should().BeGreaterThanOrEqualTo(1);
        again.Should().Be(0, "the index remembers it was backfilled");
        (await _store.ListCouncilAsync(council, CancellationToken.None)).Select(c => c.Id).Should().Equal(older.Id);
    }

    [Fact]
    public async Task An_unknown_conference_reads_as_null() =>
        (await _store.GetAsync(new ConferenceId(Guid.NewGuid()), CancellationToken.None)).Should().BeNull();

    private async Task<ETag> CreateAsync(Conference conference)
    {
        await _store.AddInvitationsAsync(conference.Id, [.. conference.Invitees.Select((invitee, i) => Invitation.New(invitee, i, InvitationToken.NewNonce()))], CancellationToken.None);
        return await _store.CreateAsync(conference, "to-chuc@hdnd.localhost", CancellationToken.None);
    }

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
