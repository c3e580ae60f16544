using System.Text;
using HdndWorkflow.Email.Development;
using HdndWorkflow.Email.Outbox;
using Azure.Data.Tables;
using HdndWorkflow.Email.Tests.Support;
using HdndWorkflow.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Email.Tests.Development;

[Collection(AzuriteCollection.Name)]
public sealed class DevelopmentMailboxTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Without_a_SendGrid_key_email_is_stored_with_everything_the_pages_show()
    {
        await using var host = EmailHost.ForDevelopmentMailbox(azurite, settings: new Dictionary<string, string?>
        {
            ["Email:FromAddress"] = "vanphong@hdnd.example.vn",
            ["Email:FromName"] = "Văn phòng",
        });
        var invitation = Emails.Invitation(3);

        var result = await host.Sender.SendAsync([invitation]);
        var stored = await host.Mailbox.GetByKeyAsync(invitation.IdempotencyKey);

        host.Sender.Should().BeSameAs(host.Mailbox);
        result.Complete.Should().BeTrue();
        stored.Should().NotBeNull();
        stored!.Id.Should().Be(DevelopmentMailbox.IdFor(invitation.IdempotencyKey));
        stored.From.Should().Be(new EmailRecipient("vanphong@hdnd.example.vn", "Văn phòng"));
        stored.To.Should().Be(invitation.To);
        stored.Subject.Should().Be(invitation.Subject);
        stored.Html.Should().Be(invitation.Html);
        stored.Text.Should().Be(invitation.Text);
        stored.CustomArgs.Should().Contain("purpose", "invitation").And.Contain("email_key", invitation.IdempotencyKey);
        var attachment = stored.Attachments.Should().ContainSingle().Subject;
        attachment.ContentType.Should().Be("text/calendar; method=REQUEST");
        attachment.Content.Should().Equal(invitation.Attachments[0].Content);
        (await host.Mailbox.GetAttachmentAsync(stored.Id, 0))!.FileName.Should().Be("giay-moi.ics");
        (await host.Mailbox.GetAttachmentAsync(stored.Id, 1)).Should().BeNull();
        (await host.Outbox.GetAsync(invitation.IdempotencyKey))!.Transport.Should().Be(DevelopmentMailbox.TransportName);
    }

    [Fact]
    public async Task Substitutions_are_applied_as_SendGrid_would()
    {
        await using var host = EmailHost.ForDevelopmentMailbox(azurite);
        var reminder = Emails.Reminder(4);

        await host.Sender.SendAsync([reminder]);
        var stored = await host.Mailbox.GetByKeyAsync(reminder.IdempotencyKey);

        stored!.Html.Should().Contain($"href=\"{Emails.Link(4)}\"").And.NotContain(Emails.LinkKey);
        stored.Text.Should().EndWith(Emails.Link(4).AbsoluteUri);
    }

    [Fact]
    public async Task Storing_the_same_key_twice_keeps_both_so_that_a_duplicate_shows()
    {
        await using var host = EmailHost.ForDevelopmentMailbox(azurite);
        var email = Emails.Reminder(1);

        (await host.Mailbox.StoreAsync(email)).Should().BeTrue();
        (await host.Mailbox.StoreAsync(email with { Subject = "Khác" })).Should().BeFalse();

        var page = await host.Mailbox.ListAsync();
        page.Messages.Should().HaveCount(2).And.OnlyContain(m => m.IdempotencyKey == email.IdempotencyKey);
        page.Messages.Select(m => m.Subject).Should().BeEquivalentTo(email.Subject, "Khác");
        (await host.Mailbox.GetByKeyAsync(email.IdempotencyKey))!.Subject.Should().Be(email.Subject, "the key's first e-mail keeps the key's id");
        (await host.Mailbox.FindAcceptedAsync([email.IdempotencyKey, Emails.Reminder(2).IdempotencyKey])).Should().BeEquivalentTo([email.IdempotencyKey]);
    }

    [Fact]
    public async Task A_store_whose_answer_was_lost_and_sent_again_is_no_duplicate()
    {
        var table = azurite.NewTableName("lostmail");
        var lost = StorageFaults.Scripted(new StorageFaultRule(r => StorageRequests.IsTransaction(r, table), StorageFaultKind.AnswerLost));
        var options = new TableClientOptions();
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.AddPolicy(lost, Azure.Core.HttpPipelinePosition.PerRetry);
        await using var host = EmailHost.ForDevelopmentMailbox(
            azurite, settings: new Dictionary<string, string?> { ["Email:DevelopmentMailboxTable"] = table });
        var mailbox = new DevelopmentMailbox(
            azurite.Connection.CreateTableServiceClient(options), host.Outbox, host.Services.GetRequiredService<IOptions<EmailOptions>>(),
            TimeProvider.System, NullLogger<DevelopmentMailbox>.Instance);
        var emails = Enumerable.Range(1, 5).Select(n => Emails.Reminder(n)).ToList();

        await mailbox.SendAsync(emails);

        lost.AnswersLost.Should().Be(1, "the first transaction's answer was lost and the client sent it again, which met its own rows");
        (await mailbox.ListAsync()).Messages.Select(m => m.IdempotencyKey).Should().BeEquivalentTo(emails.Select(e => e.IdempotencyKey));
    }

    [Fact]
    public async Task Sending_the_same_key_again_stores_nothing_and_reports_already_sent()
    {
        await using var host = EmailHost.ForDevelopmentMailbox(azurite);
        var email = Emails.Invitation(1);

        await host.Sender.SendAsync([email]);
        var again = await host.Sender.SendAsync([email]);

        again.Outcomes.Should().ContainSingle().Which.Status.Should().Be(EmailDeliveryStatus.AlreadySent);
        again.Requests.Should().Be(0);
        (await host.Mailbox.ListAsync()).Messages.Should().ContainSingle();
    }

    [Fact]
    public async Task Concurrent_sends_of_one_key_store_one_email()
    {
        // The losers wait until the winner's claim could be settled, and find it sent.
        await using var host = EmailHost.ForDevelopmentMailbox(azurite, settings: new Dictionary<string, string?> { ["Email:SettleClaimsAfter"] = "00:00:05" });
        var email = Emails.Invitation(1);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => host.Sender.SendAsync([email]))));

        results.Count(r => r.Sent == 1).Should().Be(1);
        results.SelectMany(r => r.Outcomes).Should().OnlyContain(o =>
            o.Status == EmailDeliveryStatus.Sent || o.Status == EmailDeliveryStatus.InProgress || o.Status == EmailDeliveryStatus.AlreadySent);
        (await host.Mailbox.ListAsync()).Messages.Should().ContainSingle();
        (await host.Outbox.GetAsync(email.IdempotencyKey))!.State.Should().Be(OutboxState.Sent);
    }

    [Fact]
    public async Task Emails_sent_together_are_each_stored_and_listed_once_even_when_sent_again()
    {
        await using var host = EmailHost.ForDevelopmentMailbox(azurite);
        var emails = Enumerable.Range(1, 20).Select(n => Emails.Reminder(n)).ToList();

        var first = await host.Sender.SendAsync(emails);
        var again = await host.Sender.SendAsync([.. emails, Emails.Reminder(21)]);
        var page = await host.Mailbox.ListAsync(pageSize: 100);

        first.Sent.Should().Be(20);
        again.Sent.Should().Be(1);
        page.Messages.Select(m => m.IdempotencyKey).Should().BeEquivalentTo(emails.Select(e => e.IdempotencyKey).Append(Emails.Reminder(21).IdempotencyKey));
        page.Messages[0].IdempotencyKey.Should().Be(Emails.Reminder(21).IdempotencyKey, "the newest comes first");
        foreach (var email in emails)
        {
            (await host.Mailbox.GetByKeyAsync(email.IdempotencyKey))!.To.Should().Be(email.To);
        }
    }

    [Fact]
    public async Task The_list_is_newest_first_a_page_at_a_time()
    {
        var time = new FakeTime();
        await using var host = EmailHost.ForDevelopmentMailbox(azurite, time);
        for (var n = 1; n <= 5; n++)
        {
            await host.Sender.SendAsync([Emails.Reminder(n)]);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        var first = await host.Mailbox.ListAsync(pageSize: 2);
        var second = await host.Mailbox.ListAsync(pageSize: 2, first.ContinuationToken);
        var third = await host.Mailbox.ListAsync(pageSize: 2, second.ContinuationToken);

        first.Messages.Select(m => m.To.Address).Should().Equal(Emails.Address(5), Emails.Address(4));
        second.Messages.Select(m => m.To.Address).Should().Equal(Emails.Address(3), Emails.Address(2));
        third.Messages.Select(m => m.To.Address).Should().Equal(Emails.Address(1));
        third.ContinuationToken.Should().BeNull();
        first.Messages[0].SentAt.Should().Be(FakeTime.DefaultStart.AddMinutes(4));
    }

    [Fact]
    public async Task A_large_email_is_stored_in_chunks_and_read_back_whole()
    {
        await using var host = EmailHost.ForDevelopmentMailbox(azurite);
        var html = "<p>" + string.Concat(Enumerable.Repeat("Hội nghị trao đổi kinh nghiệm hoạt động. ", 6000)) + "</p>";
        var pdf = Enumerable.Range(0, 150_000).Select(i => (byte)(i % 251)).ToArray();
        var email = Emails.Reminder(1) with
        {
            Html = html,
            Attachments = [new EmailAttachment("chuong-trinh.pdf", "application/pdf", pdf)],
        };

        await host.Sender.SendAsync([email]);
        var stored = await host.Mailbox.GetByKeyAsync(email.IdempotencyKey);

        Encoding.UTF8.GetByteCount(html).Should().BeGreaterThan(64 * 1024);
        stored!.Html.Should().Be(html);
        stored.Attachments[0].Content.Should().Equal(pdf);
    }

    [Fact]
    public async Task An_unknown_or_malformed_id_reads_as_nothing()
    {
        await using var host = EmailHost.ForDevelopmentMailbox(azurite);

        (await host.Mailbox.GetAsync(new string('a', 32))).Should().BeNull();
        (await host.Mailbox.GetAsync("../../etc")).Should().BeNull();
    }
}
