using System.Collections.Concurrent;
using HdndWorkflow.DurableTask.Storage;
using HdndWorkflow.DurableTask.Worker;
using HdndWorkflow.Storage.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HdndWorkflow.DurableTask.Hosting;

/// <summary>
/// The self-hosted host: polls each control queue (backing off while it is empty), hands messages to the worker,
/// deletes them once applied, keeps long-running ones hidden, and parks those that keep failing.
/// </summary>
public sealed class TaskHubDispatcher(TaskHubWorker worker, TimeProvider time, ILogger<TaskHubDispatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<InFlight, byte> _inFlight = new();
    private readonly SemaphoreSlim _slots = new(worker.Options.MaxConcurrentOrchestratorFunctions);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = Enumerable.Range(0, worker.Storage.ControlQueues.Count).Select(queue => PollAsync(queue, stoppingToken)).ToList();
        loops.Add(RenewAsync(stoppingToken));
        try
        {
            await Task.WhenAll(loops);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: messages in progress come back to another worker after their visibility timeout.
        }
        finally
        {
            await worker.StopAsync();
        }
    }

    private async Task PollAsync(int index, CancellationToken stoppingToken)
    {
        var options = worker.Options;
        var queue = worker.Storage.ControlQueues[index];
        var idle = options.MinQueuePollingInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            await _slots.WaitAsync(stoppingToken);
            var sent = worker.Storage.WhenSent(index);
            var free = 1 + _slots.CurrentCount;
            IReadOnlyList<QueueMessage> messages;
            try
            {
                messages = await queue.ReceiveMessagesAsync(Math.Min(free, 32), options.ControlQueueVisibilityTimeout, stoppingToken);
            }
            catch (Azure.RequestFailedException e)
            {
                _slots.Release();
                Logs.PollFailed(logger, queue.Name, e);
                await Task.Delay(options.MaxQueuePollingInterval, time, stoppingToken);
                continue;
            }

            if (messages.Count == 0)
            {
                _slots.Release();
                await IdleAsync(idle, sent, stoppingToken);
                idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, options.MaxQueuePollingInterval.Ticks));
                continue;
            }

            idle = options.MinQueuePollingInterval;
            for (var i = 1; i < messages.Count; i++)
            {
                await _slots.WaitAsync(stoppingToken);
            }

            foreach (var message in messages)
            {
                _ = HandleAsync(queue, message, stoppingToken);
            }
        }
    }

    // Waits out a polling interval, or less when this process sends the queue a message meanwhile.
    private async Task IdleAsync(TimeSpan interval, Task sent, CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(interval, time, wait.Token);
        await Task.WhenAny(delay, sent);
        await wait.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task HandleAsync(QueueClient queue, QueueMessage message, CancellationToken stoppingToken)
    {
        var inFlight = new InFlight(queue, message.MessageId, message.PopReceipt, time.GetUtcNow());
        _inFlight[inFlight] = 0;
        try
        {
            await worker.ProcessAsync(ControlQueues.Read(message.Body), message.DequeueCount, stoppingToken);
            await queue.DeleteMessageAsync(message.MessageId, inFlight.PopReceipt, stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            await HandleFailureAsync(queue, message, inFlight, e, stoppingToken);
        }
        finally
        {
            _inFlight.TryRemove(inFlight, out _);
            _slots.Release();
        }
    }

    private async Task HandleFailureAsync(QueueClient queue, QueueMessage message, InFlight inFlight, Exception error, CancellationToken stoppingToken)
    {
        try
        {
            if (message.DequeueCount >= worker.Options.MaxDequeueCount)
            {
                await worker.ParkAsync(message.Body, message.DequeueCount, error, stoppingToken);
                await queue.DeleteMessageAsync(message.MessageId, inFlight.PopReceipt, stoppingToken);
            }
            else
            {
                // Try again soon rather than after the whole visibility timeout, backing off with each delivery.
                await queue.UpdateVisibilityAsync(message.MessageId, inFlight.PopReceipt, TimeSpan.FromSeconds(Math.Min(message.DequeueCount * message.DequeueCount, 60)), stoppingToken);
            }
        }
        catch (Azure.RequestFailedException e)
        {
            Logs.PollFailed(logger, queue.Name, e);
        }
    }

    /// <summary>Keeps messages whose work outlasts half the visibility timeout hidden, so no other worker takes them.</summary>
    private async Task RenewAsync(CancellationToken stoppingToken)
    {
        var timeout = worker.Options.ControlQueueVisibilityTimeout;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(timeout / 4, time, stoppingToken);
            var now = time.GetUtcNow();
            foreach (var inFlight in _inFlight.Keys.Where(m => now - m.RenewedAt > timeout / 2))
            {
                try
                {
                    var receipt = await inFlight.Queue.UpdateVisibilityAsync(inFlight.MessageId, inFlight.PopReceipt, timeout, stoppingToken);
                    (inFlight.PopReceipt, inFlight.RenewedAt) = (receipt.PopReceipt, now);
                }
                catch (Azure.RequestFailedException e)
                {
                    Logs.PollFailed(logger, inFlight.Queue.Name, e);
                }
            }
        }
    }

    private sealed class InFlight(QueueClient queue, string messageId, string popReceipt, DateTimeOffset renewedAt)
    {
        public QueueClient Queue { get; } = queue;

        public string MessageId { get; } = messageId;

        public string PopReceipt { get; set; } = popReceipt;

        public DateTimeOffset RenewedAt { get; set; } = renewedAt;
    }
}
