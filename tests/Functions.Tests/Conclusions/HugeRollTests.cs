using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Azure.Data.Tables;
using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Invitations;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conclusions.Persistence;
using HdndWorkflow.Functions.Conferences.Api;
using HdndWorkflow.Functions.Conferences.Persistence;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace HdndWorkflow.Functions.Tests.Conclusions;

/// <summary>The app with a store of its own for a conference of twenty thousand invitees.</summary>
public sealed class HugeRollAppFixture : ClockedAppFixture;

[CollectionDefinition(Name)]
public sealed class HugeRollAppCollection : ICollectionFixture<HugeRollAppFixture>
{
    public const string Name = "App for a conference of twenty thousand invitees";
}

/// <summary>
/// A conference of 20,000 invitees (the most one may have), created through the API, answered and held, then its
/// conclusion drafted by the workflow, edited and printed: the article names forty attendees and counts the others, and
/// every stored row of the conclusion keeps its document in one property of at most 64 KiB. The twenty thousand answers
/// and the "held" mark are written to the app's store directly: sending twenty thousand invitations is the send-out
/// benchmark's business, not this test's.
/// </summary>
[Collection(HugeRollAppCollection.Name)]
[Trait(WorkflowSuite.Trait, WorkflowSuite.Name)]
public sealed class HugeRollTests(HugeRollAppFixture app)
{
    private const int Invitees = 20_000;
    private const int PropertyBytes = 64 * 1024;

    [Fact]
    public async Task Twenty_thousand_invitees_draft_save_and_print_within_the_storage_limits()
    {
        var id = await CreateAsync();
        await AnswerAndHoldAsync(id);
        var api = $"/api/conferences/{id}/conclusion";

        // Opened from the frozen roll: every figure, adding up to the list.
        (await app.Organizer.GetAsync(api)).StatusCode.Should().Be(HttpStatusCode.OK);
        var timeline = (await app.Organizer.GetFromJsonAsync<List<TimelineEntry>>($"{api}/timeline", ConclusionScenario.Json))!;
        timeline.Single(e => e.Kind == "answered").Detail.Should().Be(
            "18.000 tham dự, 500 cử người dự thay, 300 có thể tham dự, 700 không tham dự, 500 chưa trả lời");

        // Drafted by the workflow: forty attendees named, the others counted.
        (await app.Organizer.PutAsJsonAsync($"{api}/outcome", ConclusionScenario.Outcome())).StatusCode.Should().Be(HttpStatusCode.OK);
        var drafted = await Eventually.GetAsync(
            async () => await app.Organizer.GetFromJsonAsync<ConclusionResponse>(api, ConclusionScenario.Json) is { Revision: 1 } c ? c : null,
            TimeSpan.FromSeconds(120),
            "The first draft of the huge conference");
        var attendance = drafted.Draft!.Article.Attendance!;
        attendance.Should().StartWith("Dự hội nghị có các đồng chí: Đại Biểu Số 1 – Chủ tịch HĐND xã số 1; ")
            .And.EndWith(" và 18.460 đại biểu khác.", "18,500 attend (18,000 accepted, 500 deputies), forty are named");
        attendance.Split("; ").Should().HaveCount(ArticleDraft.NamedAttendees);

        // Saved: an edit of the draft is a new revision.
        var edited = await app.Organizer.PutAsJsonAsync($"{api}/draft", new DraftInput { BaseRevision = 1, Article = new ArticleInput(Byline: "Minh Anh") });
        edited.StatusCode.Should().Be(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        (await edited.Content.ReadFromJsonAsync<ConclusionResponse>(ConclusionScenario.Json))!.Revision.Should().Be(2);

        // Printed: the notice's PDF reads back.
        var pdf = await app.Organizer.GetAsync($"{api}/notice.pdf");
        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-");
        (await PdfText.ReadAsync(bytes)).Flat.Should().Contain("THÔNG BÁO").And.Contain("Kết luận của");

        // Every stored row of the conclusion holds its document in one property within 64 KiB.
        var rows = await StoredRowsAsync(new ConferenceId(id));
        rows.Where(row => row.ContainsKey("Document0")).Should().HaveCountGreaterThanOrEqualTo(3, "the header and two revisions");
        rows.Should().AllSatisfy(row =>
        {
            row.ContainsKey("Document1").Should().BeFalse($"{row.RowKey} fits in one property");
            row.Select(p => Bytes(p.Value)).Should().AllSatisfy(size => size.Should().BeLessThanOrEqualTo(PropertyBytes));
        });
    }

    private async Task<Guid> CreateAsync()
    {
        var today = VietnamTime.ToLocal(Instant.FromDateTimeOffset(app.Clock.GetUtcNow())).Date;
        var people = Enumerable.Range(1, Invitees).Select(i => new InviteeInput(
            $"Đại Biểu Số {i}", "Chủ tịch HĐND xã", $"Xã số {i}", $"dai-bieu-{i}@lon.example.vn")).ToList();
        var response = await app.Organizer.PostAsJsonAsync("/api/conferences", new ConferenceInput
        {
            CouncilId = "tinh-mau",
            Kind = "Briefing",
            Ordinal = 6,
            Date = Iso(today.PlusDays(10)),
            Start = "08:00",
            End = "11:30",
            Venue = new VenueInput("Hội trường HĐND tỉnh", "Số 1 Hùng Vương"),
            CoChairs = [new CoChairInput("Nguyễn Chiến Thắng", ["Ủy viên BTV Tỉnh ủy"], ["Phó Chủ tịch Thường trực HĐND tỉnh"])],
            Invitees = people,
            RegistrationDeadline = $"{Iso(today.PlusDays(7))}T17:00",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ConferenceResponse>(ConclusionScenario.Json))!.Id;
    }

    // In list order: 18,000 accept, 500 send a deputy, 300 say "maybe", 700 decline, 500 stay silent; then held.
    private async Task AnswerAndHoldAsync(Guid conference)
    {
        var store = app.Factory.Services.GetRequiredService<ConferenceStore>();
        var id = new ConferenceId(conference);
        var (_, _, invitations) = (await store.GetAsync(id, CancellationToken.None))!.Value;
        invitations.Should().HaveCount(Invitees);
        var at = Instant.FromDateTimeOffset(app.Clock.GetUtcNow());
        await Parallel.ForEachAsync(invitations.Select((invitation, i) => (invitation, i)), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (item, ct) =>
        {
            var (invitation, i) = item;
            InvitationResponse? response = i switch
            {
                < 18_000 => new InvitationResponse.Accepted(),
                < 18_500 => new InvitationResponse.DeputySent(new Deputy($"Người Dự Thay {i}", "Phó Chủ tịch HĐND xã", null)),
                < 18_800 => new InvitationResponse.Tentative(),
                < 19_500 => new InvitationResponse.Declined("Trùng lịch công tác"),
                _ => null,
            };
            if (response is not null)
            {
                await store.SaveReplyAsync(id, new Reply(invitation.Invitee.Id, response, at), null, ReplySource.Link, ct);
            }
        });

        var (conferenceRow, etag) = (await store.GetHeaderAsync(id, CancellationToken.None))!.Value;
        await store.UpdateAsync(conferenceRow with { Status = ConferenceStatus.Held }, etag, CancellationToken.None);
    }

    private async Task<List<TableEntity>> StoredRowsAsync(ConferenceId id)
    {
        var table = app.Factory.Services.GetRequiredService<TableServiceClient>().GetTableClient(ConclusionStore.TableName);
        var prefix = $"conclusion|{id}";
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == "tinh-mau" && e.RowKey.CompareTo(prefix) >= 0 && e.RowKey.CompareTo(prefix + "~") < 0))
        {
            rows.Add(row);
        }

        return rows;
    }

    // What a property takes in the table: binary as is, strings in UTF-16.
    private static int Bytes(object value) => value switch
    {
        byte[] bytes => bytes.Length,
        BinaryData data => data.ToMemory().Length,
        string text => text.Length * 2,
        _ => 8,
    };

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
