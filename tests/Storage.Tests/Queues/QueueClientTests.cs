using Azure;
using HdndWorkflow.Storage.Queues;

namespace HdndWorkflow.Storage.Tests.Queues;

[Collection(AzuriteCollection.Name)]
public sealed class QueueClientTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Put_receive_and_delete_round_trip_a_message()
    {
        var queue = await azurite.NewQueueAsync();
        var body = BinaryData.FromString("{\"hội_nghị\":\"lần thứ tư\"}");

        var sent = await queue.SendMessageAsync(body);
        var received = await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromSeconds(30));
        await queue.DeleteMessageAsync(received[0].MessageId, received[0].PopReceipt);

        received.Should().ContainSingle();
        var message = received[0];
        message.MessageId.Should().Be(sent.MessageId);
        message.Body.ToString().Should().Be("{\"hội_nghị\":\"lần thứ tư\"}");
        message.DequeueCount.Should().Be(1);
        message.NextVisibleOn.Should().BeAfter(DateTimeOffset.UtcNow.AddSeconds(20));
        (await queue.GetApproximateMessageCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Receive_returns_at_most_32_and_hides_them_for_the_visibility_timeout()
    {
        var queue = await azurite.NewQueueAsync();
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => queue.SendMessageAsync(BinaryData.FromString($"m{i}"))));

        var first = await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1));
        var second = await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1));
        var third = await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1));

        first.Should().HaveCount(32);
        second.Should().HaveCount(8);
        third.Should().BeEmpty();
        first.Concat(second).Select(m => m.Body.ToString()).Should().BeEquivalentTo(Enumerable.Range(0, 40).Select(i => $"m{i}"));
        (await queue.GetApproximateMessageCountAsync()).Should().Be(40);
    }

    [Fact]
    public async Task A_delayed_message_stays_invisible_until_its_delay_passes()
    {
        var queue = await azurite.NewQueueAsync();

        var receipt = await queue.SendMessageAsync(BinaryData.FromString("later"), visibilityDelay: TimeSpan.FromHours(1), timeToLive: TimeSpan.FromDays(2));

        (await queue.ReceiveMessagesAsync()).Should().BeEmpty();
        (await queue.GetApproximateMessageCountAsync()).Should().Be(1);
        receipt.NextVisibleOn.Should().BeCloseTo(DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromMinutes(1));
        receipt.ExpiresOn.Should().BeCloseTo(DateTimeOffset.UtcNow.AddDays(2), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_message_that_never_expires_can_be_sent()
    {
        var queue = await azurite.NewQueueAsync();

        var receipt = await queue.SendMessageAsync(BinaryData.FromString("forever"), timeToLive: Timeout.InfiniteTimeSpan);

        receipt.ExpiresOn.Should().BeAfter(DateTimeOffset.UtcNow.AddYears(100));
    }

    [Fact]
    public async Task Updating_visibility_to_zero_redelivers_and_the_old_receipt_stops_working()
    {
        var queue = await azurite.NewQueueAsync();
        await queue.SendMessageAsync(BinaryData.FromString("x"));
        var first = (await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromMinutes(5)))[0];

        var updated = await queue.UpdateVisibilityAsync(first.MessageId, first.PopReceipt, TimeSpan.Zero);
        var again = await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromMinutes(5));
        var staleDelete = () => queue.DeleteMessageAsync(first.MessageId, first.PopReceipt);

        updated.PopReceipt.Should().NotBeNullOrEmpty().And.NotBe(first.PopReceipt);
        again.Should().ContainSingle().Which.DequeueCount.Should().Be(2);
        (await staleDelete.Should().ThrowAsync<RequestFailedException>()).Which.Status.Should().BeOneOf(400, 404);
        await queue.DeleteMessageAsync(again[0].MessageId, again[0].PopReceipt);
        (await queue.GetApproximateMessageCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Extending_visibility_keeps_the_message_hidden()
    {
        var queue = await azurite.NewQueueAsync();
        await queue.SendMessageAsync(BinaryData.FromString("x"));
        var message = (await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromSeconds(1)))[0];

        var updated = await queue.UpdateVisibilityAsync(message.MessageId, message.PopReceipt, TimeSpan.FromHours(1));

        updated.NextVisibleOn.Should().BeCloseTo(DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromMinutes(1));
        (await queue.ReceiveMessagesAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task An_oversize_message_is_refused_before_sending()
    {
        var queue = await azurite.NewQueueAsync();

        var act = () => queue.SendMessageAsync(new BinaryData(new byte[QueueLimits.MaxMessageBytes + 1]));

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("The message is 49,153 bytes*");
        (await queue.GetApproximateMessageCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_message_of_exactly_the_largest_size_is_accepted()
    {
        var queue = await azurite.NewQueueAsync();
        var bytes = new byte[QueueLimits.MaxMessageBytes];
        Random.Shared.NextBytes(bytes);

        await queue.SendMessageAsync(new BinaryData(bytes));
        var received = await queue.ReceiveMessagesAsync();

        received[0].Body.ToArray().Should().Equal(bytes);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Upper")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("hàng-đợi")]
    public void Invalid_queue_names_are_refused(string name)
    {
        var act = () => azurite.Queues.GetQueueClient(name);

        act.Should().Throw<ArgumentException>().WithMessage($"'{name}' is not a valid queue name*");
    }

    [Fact]
    public async Task Out_of_range_arguments_are_refused_before_sending()
    {
        var queue = await azurite.NewQueueAsync();

        await FluentActions.Awaiting(() => queue.ReceiveMessagesAsync(33)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => queue.ReceiveMessagesAsync(0)).Should().ThrowAsync<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(() => queue.SendMessageAsync(BinaryData.FromString("x"), TimeSpan.FromDays(8))).Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task Create_if_not_exists_is_idempotent_and_a_missing_queue_gives_404_QueueNotFound()
    {
        var queue = azurite.Queues.GetQueueClient("idempotent-" + Guid.NewGuid().ToString("N")[..8]);

        (await queue.CreateIfNotExistsAsync()).Should().BeTrue();
        (await queue.CreateIfNotExistsAsync()).Should().BeFalse();
        (await queue.DeleteAsync()).Should().BeTrue();
        (await queue.DeleteAsync()).Should().BeFalse();
        var act = () => queue.SendMessageAsync(BinaryData.FromString("x"));

        var error = (await act.Should().ThrowAsync<RequestFailedException>()).Which;
        error.Status.Should().Be(404);
        error.ErrorCode.Should().Be(StorageErrorCodes.QueueNotFound);
        error.Message.Should().StartWith($"Sending message in queue '{queue.Name}' failed with 404 QueueNotFound");
    }
}
