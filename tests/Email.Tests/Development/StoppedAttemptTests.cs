using HdndWorkflow.Email.Development;
using HdndWorkflow.Email.Outbox;
using HdndWorkflow.Email.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Email.Tests.Development;

/// <summary>
/// What an attempt killed in the middle of a delivery leaves, and how the next attempt settles it with the development
/// mailbox (which, unlike SendGrid, can say what it accepted): each key once in the mailbox, and sent in the ledger.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StoppedAttemptTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_claim_left_sending_after_the_email_was_stored_is_confirmed_without_a_second_email()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForDevelopmentMailbox(azurite, time);
        var email = Emails.Invitation(1);

        // The killed attempt: claimed, stored, never confirmed.
        (await host.Outbox.ClaimAsync(email.IdempotencyKey, DevelopmentMailbox.TransportName)).Status.Should().Be(OutboxClaimStatus.Claimed);
        (await host.Mailbox.StoreAsync(email)).Should().BeTrue();
        time.Advance(TimeSpan.FromSeconds(31));

        var retry = await host.Sender.SendAsync([email]);

        retry.Outcomes.Should().ContainSingle().Which.Status.Should().Be(EmailDeliveryStatus.AlreadySent);
        (await host.Outbox.GetAsync(email.IdempotencyKey))!.State.Should().Be(OutboxState.Sent);
        (await host.Mailbox.ListAsync()).Messages.Should().ContainSingle();
    }

    [Fact]
    public async Task A_claim_left_sending_before_the_email_was_stored_is_sent_once()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForDevelopmentMailbox(azurite, time);
        var emails = Enumerable.Range(1, 30).Select(n => Emails.Reminder(n)).ToList();

        // The killed attempt claimed a batch and stored only its first ten.
        await host.Outbox.ClaimManyAsync([.. emails.Select(e => e.IdempotencyKey)], DevelopmentMailbox.TransportName);
        foreach (var email in emails.Take(10))
        {
            await host.Mailbox.StoreAsync(email);
        }

        var retry = await host.Sender.SendAsync(emails);

        time.Waits.Should().Contain(TimeSpan.FromSeconds(30), "claims that young may belong to an attempt still delivering: the retry waits until they are as old as the longest delivery");
        retry.Complete.Should().BeTrue();
        retry.AlreadySent.Should().Be(10);
        retry.Sent.Should().Be(20);
        var listed = (await host.Mailbox.ListAsync(pageSize: 100)).Messages;
        listed.Select(m => m.IdempotencyKey).Should().BeEquivalentTo(emails.Select(e => e.IdempotencyKey), "every key is in the mailbox once");
        foreach (var email in emails)
        {
            (await host.Outbox.GetAsync(email.IdempotencyKey))!.State.Should().Be(OutboxState.Sent);
        }
    }

    [Fact]
    public async Task A_store_stopped_before_its_index_row_is_listed_once_settled()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForDevelopmentMailbox(azurite, time);
        var email = Emails.Invitation(2);
        await host.Outbox.ClaimAsync(email.IdempotencyKey, DevelopmentMailbox.TransportName);
        await host.Mailbox.StoreAsync(email);
        await DeleteIndexRowsAsync(host);
        time.Advance(TimeSpan.FromMinutes(1));

        (await host.Mailbox.ListAsync()).Messages.Should().BeEmpty("the killed store wrote its message row only");
        await host.Sender.SendAsync([email]);

        (await host.Mailbox.ListAsync()).Messages.Should().ContainSingle().Which.IdempotencyKey.Should().Be(email.IdempotencyKey);
    }

    [Fact]
    public async Task SendGrid_cannot_say_what_it_accepted()
    {
        await using var sendGrid = await FakeSendGrid.StartAsync();
        await using var host = EmailHost.ForSendGrid(azurite, sendGrid);

        (await host.Sender.FindAcceptedAsync(["3f2a:invitation:r0"])).Should().BeNull();
    }

    private static async Task DeleteIndexRowsAsync(EmailHost host)
    {
        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmailOptions>>().Value;
        var table = host.Services.GetRequiredService<Azure.Data.Tables.TableServiceClient>().GetTableClient(options.DevelopmentMailboxTable);
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(r => r.PartitionKey.CompareTo("t_") >= 0 && r.PartitionKey.CompareTo("t`") < 0))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }
    }
}
