using HdndWorkflow.Email.Outbox;
using HdndWorkflow.Email.Tests.Support;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Email.Tests.Outbox;

[Collection(AzuriteCollection.Name)]
public sealed class EmailOutboxTests(AzuriteFixture azurite)
{
    private const string Key = "3f2a:invitation:r0";

    [Fact]
    public async Task A_key_is_claimed_once_and_skipped_once_sent()
    {
        await using var host = EmailHost.ForDevelopmentMailbox(azurite);

        var claim = await host.Outbox.ClaimAsync(Key, "test");
        var meanwhile = await host.Outbox.ClaimAsync(Key, "test");
        await host.Outbox.MarkSentAsync(claim, "msg-1");
        var after = await host.Outbox.ClaimAsync(Key, "test");

        claim.Status.Should().Be(OutboxClaimStatus.Claimed);
        meanwhile.Status.Should().Be(OutboxClaimStatus.InProgress);
        after.Status.Should().Be(OutboxClaimStatus.AlreadySent);
        after.Entry!.ProviderMessageId.Should().Be("msg-1");
    }

    [Fact]
    public async Task A_claim_whose_answer_was_lost_and_sent_again_is_still_this_attempts()
    {
        var table = azurite.NewTableName("lost");
        var lost = StorageFaults.Scripted(new StorageFaultRule(r => StorageRequests.IsInsert(r, table), StorageFaultKind.AnswerLost));
        var outbox = OutboxWatchedBy(lost, table);

        var claim = await outbox.ClaimAsync(Key, "test");
        await outbox.MarkSentAsync(claim, "msg-1");

        lost.AnswersLost.Should().Be(1, "the insert's first answer was lost and the client sent the insert again, which found its own row");
        claim.Status.Should().Be(OutboxClaimStatus.Claimed, "a claim mistaken for another attempt's would leave the e-mail unsent for good");
        (await outbox.GetAsync(Key))!.State.Should().Be(OutboxState.Sent);
        (await outbox.ClaimAsync(Key, "test")).Status.Should().Be(OutboxClaimStatus.AlreadySent);
    }

    [Fact]
    public async Task Many_new_keys_are_claimed_and_marked_sent_a_transaction_per_partition()
    {
        var table = azurite.NewTableName("many");
        var requests = new RequestLog();
        var outbox = OutboxWatchedBy(requests, table);
        var keys = Enumerable.Range(0, 200).Select(n => $"invitee-{n}:invitation:r0").ToList();

        var claims = await outbox.ClaimManyAsync(keys, "test");
        await outbox.MarkSentManyAsync(claims, "msg-1");

        claims.Select(c => c.Key).Should().Equal(keys);
        claims.Should().OnlyContain(c => c.Status == OutboxClaimStatus.Claimed);
        foreach (var key in keys)
        {
            (await outbox.GetAsync(key))!.State.Should().Be(OutboxState.Sent);
        }

        requests.Requests.Where(r => !r.StartsWith("GET", StringComparison.Ordinal) && r != "POST /Tables")
            .Should().OnlyContain(r => r == "POST /$batch", "no key is written on its own")
            .And.HaveCount(2 * 16, "200 keys spread over the sixteen partitions: one transaction each to claim, one to mark");
    }

    [Fact]
    public async Task Claiming_many_keys_answers_for_each_as_a_single_claim_would()
    {
        await using var host = EmailHost.ForDevelopmentMailbox(azurite);
        var sent = await host.Outbox.ClaimAsync("sent:invitation:r0", "test");
        await host.Outbox.MarkSentAsync(sent, "msg-1");
        var held = await host.Outbox.ClaimAsync("held:invitation:r0", "test");
        var released = await host.Outbox.ClaimAsync("released:invitation:r0", "test");
        await host.Outbox.ReleaseAsync(released, "refused");
        string[] keys = ["sent:invitation:r0", .. Enumerable.Range(0, 40).Select(n => $"new-{n}:invitation:r0"), "held:invitation:r0", "released:invitation:r0"];

        var claims = await host.Outbox.ClaimManyAsync(keys, "test");

        held.Status.Should().Be(OutboxClaimStatus.Claimed);
        claims.Select(c => c.Key).Should().Equal(keys);
        claims[0].Status.Should().Be(OutboxClaimStatus.AlreadySent);
        claims[^2].Status.Should().Be(OutboxClaimStatus.InProgress);
        claims[^1].Status.Should().Be(OutboxClaimStatus.Claimed, "a released key is taken again");
        claims.Skip(1).SkipLast(2).Should().OnlyContain(c => c.Status == OutboxClaimStatus.Claimed);
        (await host.Outbox.ClaimManyAsync(keys, "test")).Should().OnlyContain(c => c.Status != OutboxClaimStatus.Claimed, "all are held now");
    }

    [Fact]
    public async Task A_transaction_of_claims_whose_answer_was_lost_and_sent_again_still_claims_its_keys()
    {
        var table = azurite.NewTableName("lostmany");
        var lost = StorageFaults.Scripted(new StorageFaultRule(r => StorageRequests.IsTransaction(r, table), StorageFaultKind.AnswerLost));
        var outbox = OutboxWatchedBy(lost, table);
        var keys = Enumerable.Range(0, 30).Select(n => $"invitee-{n}:invitation:r0").ToList();

        var claims = await outbox.ClaimManyAsync(keys, "test");
        await outbox.MarkSentManyAsync(claims, "msg-1");

        lost.AnswersLost.Should().Be(1);
        claims.Should().OnlyContain(c => c.Status == OutboxClaimStatus.Claimed, "the retried transaction met rows this call wrote");
        foreach (var key in keys)
        {
            (await outbox.GetAsync(key))!.State.Should().Be(OutboxState.Sent);
        }
    }

    [Fact]
    public async Task Of_many_concurrent_claims_of_one_key_exactly_one_wins()
    {
        await using var host = EmailHost.ForDevelopmentMailbox(azurite);

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => host.Outbox.ClaimAsync(Key, "test"))));

        claims.Count(c => c.Status == OutboxClaimStatus.Claimed).Should().Be(1);
        claims.Count(c => c.Status == OutboxClaimStatus.InProgress).Should().Be(19);
    }

    [Fact]
    public async Task A_released_key_can_be_claimed_again()
    {
        await using var host = EmailHost.ForDevelopmentMailbox(azurite);
        var first = await host.Outbox.ClaimAsync(Key, "test");
        await host.Outbox.ReleaseAsync(first, "SendGrid answered 503");

        var second = await host.Outbox.ClaimAsync(Key, "test");

        second.Status.Should().Be(OutboxClaimStatus.Claimed);
        second.Entry!.Attempts.Should().Be(2);
        second.Entry.LastError.Should().Be("SendGrid answered 503");
    }

    [Fact]
    public async Task A_stale_claim_is_reported_as_unconfirmed_and_not_handed_out_again()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForDevelopmentMailbox(azurite, time);
        await host.Outbox.ClaimAsync(Key, "test");
        time.Advance(TimeSpan.FromMinutes(16));

        var later = await host.Outbox.ClaimAsync(Key, "test");
        var unconfirmed = await ToListAsync(host.Outbox.ListUnconfirmedAsync());

        later.Status.Should().Be(OutboxClaimStatus.Unconfirmed);
        unconfirmed.Should().ContainSingle().Which.Key.Should().Be(Key);
        host.Logs.All.Should().Contain("never confirmed");
    }

    [Fact]
    public async Task An_operator_can_release_an_unconfirmed_key_for_resending()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForDevelopmentMailbox(azurite, time);
        await host.Outbox.ClaimAsync(Key, "test");
        time.Advance(TimeSpan.FromHours(1));

        (await host.Outbox.AllowResendAsync(Key)).Should().BeTrue();
        var again = await host.Outbox.ClaimAsync(Key, "test");

        again.Status.Should().Be(OutboxClaimStatus.Claimed);
        (await host.Outbox.AllowResendAsync("never-claimed")).Should().BeFalse();
    }

    [Fact]
    public async Task With_ResendStaleClaims_a_stale_claim_is_taken_over_by_exactly_one_attempt()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForDevelopmentMailbox(azurite, time, new Dictionary<string, string?> { ["Email:ResendStaleClaims"] = "true" });
        await host.Outbox.ClaimAsync(Key, "test");
        time.Advance(TimeSpan.FromMinutes(20));

        var takeovers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => host.Outbox.ClaimAsync(Key, "test"))));

        takeovers.Count(c => c.Status == OutboxClaimStatus.Claimed).Should().Be(1);
        takeovers.Single(c => c.Status == OutboxClaimStatus.Claimed).Entry!.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task Keys_with_characters_table_keys_refuse_are_stored_as_given()
    {
        await using var host = EmailHost.ForDevelopmentMailbox(azurite);
        const string awkward = "a/b\\c#d?e:reminder-1:r0";

        var claim = await host.Outbox.ClaimAsync(awkward, "test");
        await host.Outbox.MarkSentAsync(claim, null);

        (await host.Outbox.GetAsync(awkward))!.Should().Match<OutboxEntry>(e => e.Key == awkward && e.State == OutboxState.Sent);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    // An outbox on its own table, whose storage requests go through policy (retries after 1 ms).
    private EmailOutbox OutboxWatchedBy(Azure.Core.Pipeline.HttpPipelinePolicy policy, string table)
    {
        var client = new Azure.Data.Tables.TableClientOptions();
        client.Retry.Delay = TimeSpan.FromMilliseconds(1);
        client.AddPolicy(policy, Azure.Core.HttpPipelinePosition.PerRetry);
        return new EmailOutbox(
            azurite.Connection.CreateTableServiceClient(client),
            Microsoft.Extensions.Options.Options.Create(new EmailOptions { OutboxTable = table }),
            TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<EmailOutbox>.Instance);
    }
}
