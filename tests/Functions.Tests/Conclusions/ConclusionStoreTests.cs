using Azure;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Functions.Conclusions.Model;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Testing;
using NodaTime;
using static HdndWorkflow.Functions.Tests.Conclusions.ConclusionBuilders;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>The conclusions' store against one Azurite shared by the class (each test uses councils of its own).</summary>
public sealed class ConclusionStoreTests(ConclusionStoreTests.Storage storage) : IClassFixture<ConclusionStoreTests.Storage>
{
    private static readonly Instant August = Instant.FromUtc(2026, 8, 3, 2, 0);
    private readonly ConclusionStore _store = storage.Store;

    public sealed class Storage : IAsyncLifetime
    {
        private Azurite? _azurite;

        internal ConclusionStore Store { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            _azurite = await Azurite.StartAsync();
            Store = new ConclusionStore(_azurite.Connection.CreateTableServiceClient());
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
    public async Task Twenty_concurrent_approvals_take_numbers_1_to_20_without_gaps_or_duplicates()
    {
        var council = NewCouncil();
        var conclusions = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => ApprovedAsync(council)));

        // Each conclusion is numbered twice at once (a retried activity racing its first run): 40 calls, 20 numbers.
        var calls = conclusions.SelectMany(c => new[] { c, c })
            .Select(c => Task.Run(() => _store.AllocateNumberAsync(council, c, "HĐND", () => August, CancellationToken.None)));
        var numbered = await Task.WhenAll(calls);

        numbered.GroupBy(c => c.Conference).Should().HaveCount(20)
            .And.OnlyContain(g => g.Select(c => c.Number).Distinct().Count() == 1, "a conclusion keeps the number it took");
        numbered.Select(c => c.Number!.Value.Sequence).Distinct().Order().Should().Equal(Enumerable.Range(1, 20));
        numbered.Should().OnlyContain(c => c.Number!.Value.Year == 2026 && c.IssuedOn == new LocalDate(2026, 8, 3));

        var taken = await _store.ListNumbersAsync(council, 2026, CancellationToken.None);
        taken.Select(t => t.Sequence).Should().Equal(Enumerable.Range(1, 20));
        foreach (var conference in conclusions)
        {
            var (stored, _) = (await _store.GetAsync(council, conference, CancellationToken.None))!.Value;
            taken.Should().ContainSingle(t => t.Conference == conference).Which.Sequence.Should().Be(stored.Number!.Value.Sequence);
            (await _store.ListEventsAsync(council, conference, CancellationToken.None)).Should().ContainSingle(e => e.Kind == TimelineKind.Numbered);
        }
    }

    [Fact]
    public async Task Numbers_restart_at_1_each_year_in_Vietnam_time_and_per_council()
    {
        var council = NewCouncil();
        var other = NewCouncil();
        var lastOf2026 = Instant.FromUtc(2026, 12, 31, 16, 30); // 23:30 on 31/12 in Vietnam
        var firstOf2027 = Instant.FromUtc(2026, 12, 31, 17, 30); // 00:30 on 01/01/2027 in Vietnam

        var a = await _store.AllocateNumberAsync(council, await ApprovedAsync(council), "HĐND", () => lastOf2026, CancellationToken.None);
        var b = await _store.AllocateNumberAsync(council, await ApprovedAsync(council), "HĐND", () => firstOf2027, CancellationToken.None);
        var c = await _store.AllocateNumberAsync(other, await ApprovedAsync(other), "HĐND", () => firstOf2027, CancellationToken.None);

        (a.Number!.Value.Sequence, a.Number.Value.Year, a.IssuedOn).Should().Be((1, 2026, new LocalDate(2026, 12, 31)));
        (b.Number!.Value.Sequence, b.Number.Value.Year, b.IssuedOn).Should().Be((1, 2027, new LocalDate(2027, 1, 1)));
        (c.Number!.Value.Sequence, c.Number.Value.Year).Should().Be((1, 2027));
    }

    [Fact]
    public async Task A_conclusion_that_is_not_approved_takes_no_number()
    {
        var council = NewCouncil();
        var opened = Opened(council);
        await _store.OpenAsync(opened, CancellationToken.None);

        var allocate = () => _store.AllocateNumberAsync(council, opened.Conclusion.Conference, "HĐND", () => August, CancellationToken.None);

        await allocate.Should().ThrowAsync<InvalidOperationException>();
        (await _store.ListNumbersAsync(council, 2026, CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public async Task Revisions_events_and_comments_are_kept_and_a_stale_etag_is_refused()
    {
        var council = NewCouncil();
        var opened = Opened(council);
        (await _store.OpenAsync(opened, CancellationToken.None)).Should().BeTrue();
        (await _store.OpenAsync(opened, CancellationToken.None)).Should().BeFalse("a conclusion is opened once");
        var id = opened.Conclusion.Conference;

        var (c, etag) = (await _store.GetAsync(council, id, CancellationToken.None))!.Value;
        etag = await _store.SaveAsync(c.Outcome(), etag, CancellationToken.None);
        (c, etag) = (await _store.GetAsync(council, id, CancellationToken.None))!.Value;
        var staleETag = etag;
        etag = await _store.SaveAsync(c.Drafted(), etag, CancellationToken.None);
        (c, etag) = (await _store.GetAsync(council, id, CancellationToken.None))!.Value;
        var submitted = c.Submitted();
        await _store.SaveAsync(submitted, etag, CancellationToken.None);
        (c, etag) = (await _store.GetAsync(council, id, CancellationToken.None))!.Value;
        await _store.SaveAsync(c.RequestChanges(Approver, Held.Plus(Duration.FromHours(5)), "Bổ sung số liệu giám sát.").Value, etag, CancellationToken.None);

        var stale = () => _store.SaveAsync(submitted, staleETag, CancellationToken.None);
        (await stale.Should().ThrowAsync<RequestFailedException>()).Which.Status.Should().Be(412);

        (c, _) = (await _store.GetAsync(council, id, CancellationToken.None))!.Value;
        c.Status.Should().Be(ConclusionStatus.ChangesRequested);
        c.Outcome.Should().NotBeNull();
        c.Outcome!.PresidingChair.ToString().Should().Be(NoticeSamples.Chair.ToString());
        var revision = (await _store.GetRevisionAsync(council, id, 1, CancellationToken.None))!;
        revision.Article.Paragraphs.Should().Equal(Article.Paragraphs);
        revision.Notice.ToPlainText().Should().Be(Notice.ToPlainText());
        (await _store.ListRevisionsAsync(council, id, CancellationToken.None)).Should().ContainSingle().Which.Kind.Should().Be(RevisionKind.Drafted);
        (await _store.ListEventsAsync(council, id, CancellationToken.None)).Select(e => e.Kind).Should().Equal(
            TimelineKind.Held, TimelineKind.OutcomeRecorded, TimelineKind.Drafted, TimelineKind.Submitted, TimelineKind.ChangesRequested);
        (await _store.ListCommentsAsync(council, id, CancellationToken.None)).Should().ContainSingle()
            .Which.Should().Match<ReviewComment>(k => k.Text == "Bổ sung số liệu giám sát." && !k.Accepted && k.Round == 1 && k.By == Approver);
    }

    private async Task<ConferenceId> ApprovedAsync(CouncilId council)
    {
        var opened = Opened(council);
        await _store.OpenAsync(opened, CancellationToken.None);
        var id = opened.Conclusion.Conference;
        foreach (var step in new Func<Conclusion, ConclusionUpdate>[] { c => c.Outcome(), c => c.Drafted(), c => c.Submitted(), c => c.Approved() })
        {
            var (c, etag) = (await _store.GetAsync(council, id, CancellationToken.None))!.Value;
            await _store.SaveAsync(step(c), etag, CancellationToken.None);
        }

        return id;
    }

    private static CouncilId NewCouncil() => new($"test-{Guid.NewGuid():N}");
}
