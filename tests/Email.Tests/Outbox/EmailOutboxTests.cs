using HdndWorkflow.Email.Outbox;
using HdndWorkflow.Email.Tests.Support;

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
}
