using Microsoft.Extensions.Logging;

namespace HdndWorkflow.Email.Outbox;

/// <summary>
/// The protocol both senders follow, so that SendGrid and the development mailbox behave alike: for each request
/// (batch) claim its keys, deliver only the claimed e-mails, then confirm them, or release them when the provider
/// certainly did not take them. Batches run up to a given number at once; after a failure no new batch starts, the
/// running ones finish, and the first failure is thrown. With a <see cref="Settlement"/> (a provider that can say what it
/// accepted), claims another attempt left "sending" are settled before the batch goes: once they are older than the
/// longest delivery, each is confirmed when the provider has it and sent when it has not; and a delivery is cut off at
/// that age, so that no write of it comes after such a settlement.
/// </summary>
internal sealed class OutboxDelivery(EmailOutbox outbox, ILogger logger, OutboxDelivery.Settlement? settlement = null)
{
    /// <summary>How claims left open are settled: the provider's answer, the longest delivery, the clock.</summary>
    public sealed record Settlement(
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlySet<string>?>> FindAccepted, TimeSpan After, TimeProvider Time);

    /// <summary>Delivers one batch; returns the provider's message id, if any.</summary>
    public delegate Task<string?> DeliverBatch(IReadOnlyList<OutgoingEmail> batch, CancellationToken cancellationToken);

    public async Task<EmailSendResult> RunAsync(
        string transport,
        IReadOnlyList<OutgoingEmail> emails,
        IReadOnlyList<IReadOnlyList<OutgoingEmail>> batches,
        DeliverBatch deliver,
        int maxConcurrentBatches,
        CancellationToken cancellationToken)
    {
        var outcomes = new Dictionary<string, EmailOutcome>(StringComparer.Ordinal);
        var requests = 0;
        var next = -1;
        Exception? failure = null;

        async Task Worker()
        {
            while (Volatile.Read(ref failure) is null)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= batches.Count)
                {
                    return;
                }

                try
                {
                    var (batchOutcomes, sent) = await RunBatchAsync(transport, batches[index], deliver, cancellationToken);
                    lock (outcomes)
                    {
                        foreach (var outcome in batchOutcomes)
                        {
                            outcomes[outcome.IdempotencyKey] = outcome;
                        }
                    }

                    if (sent)
                    {
                        Interlocked.Increment(ref requests);
                    }
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                    return;
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Clamp(maxConcurrentBatches, 1, Math.Max(1, batches.Count))).Select(_ => Worker()));
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        var result = new EmailSendResult([.. emails.Select(e => outcomes[e.IdempotencyKey])]) { Requests = requests };
        Logs.SendCompleted(logger, transport, result.Sent, requests, result.AlreadySent, result.Open.Count);
        return result;
    }

    private async Task<(List<EmailOutcome> Outcomes, bool Sent)> RunBatchAsync(
        string transport, IReadOnlyList<OutgoingEmail> batch, DeliverBatch deliver, CancellationToken cancellationToken)
    {
        var claims = await outbox.ClaimManyAsync([.. batch.Select(e => e.IdempotencyKey)], transport, cancellationToken);
        if (settlement is not null)
        {
            claims = await SettleAsync(transport, claims, settlement, cancellationToken);
        }

        var outcomes = new List<EmailOutcome>(batch.Count);
        var toSend = new List<OutgoingEmail>(batch.Count);
        var owned = new List<OutboxClaim>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            switch (claims[i].Status)
            {
                case OutboxClaimStatus.Claimed:
                    toSend.Add(batch[i]);
                    owned.Add(claims[i]);
                    break;
                case OutboxClaimStatus.AlreadySent:
                    outcomes.Add(new EmailOutcome(batch[i].IdempotencyKey, EmailDeliveryStatus.AlreadySent, claims[i].Entry?.ProviderMessageId));
                    break;
                case OutboxClaimStatus.InProgress:
                    outcomes.Add(new EmailOutcome(batch[i].IdempotencyKey, EmailDeliveryStatus.InProgress));
                    break;
                default:
                    outcomes.Add(new EmailOutcome(batch[i].IdempotencyKey, EmailDeliveryStatus.Unconfirmed));
                    break;
            }
        }

        if (toSend.Count == 0)
        {
            return (outcomes, false);
        }

        string? messageId;
        using var deadline = settlement is null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : Deadline(settlement, owned, cancellationToken);
        try
        {
            messageId = await deliver(toSend, deadline.Token);
        }
        catch (OperationCanceledException e) when (e is not NotSentException && deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Cut off: what it stored stays, and the next attempt settles each claim with the provider.
            Logs.OutcomeUnknown(logger, toSend.Count, e);
            throw new EmailDeliveryException(
                $"Delivering {toSend.Count} e-mails took longer than {settlement!.After}; the next attempt settles them with the provider.", mayHaveBeenAccepted: true, innerException: e);
        }
        catch (EmailDeliveryException e) when (!e.MayHaveBeenAccepted)
        {
            await outbox.ReleaseAllAsync(owned, e.Message);
            throw;
        }
        catch (NotSentException)
        {
            await outbox.ReleaseAllAsync(owned, "Cancelled before the request was sent.");
            throw;
        }
        catch (Exception e)
        {
            // The request may have reached the provider: the claims stay, so the e-mails are not sent twice.
            Logs.OutcomeUnknown(logger, toSend.Count, e);
            throw;
        }

        // Confirm even if the caller cancels now: the e-mails went out.
        await outbox.MarkSentManyAsync(owned, messageId, CancellationToken.None);
        outcomes.AddRange(toSend.Select(e => new EmailOutcome(e.IdempotencyKey, EmailDeliveryStatus.Sent, messageId)));
        return (outcomes, true);
    }

    // Claims another attempt holds: waits until the youngest is older than the longest delivery (claiming again then,
    // as the other attempt may have finished), asks the provider, and confirms or takes over each.
    private async Task<IReadOnlyList<OutboxClaim>> SettleAsync(
        string transport, IReadOnlyList<OutboxClaim> claims, Settlement settle, CancellationToken cancellationToken)
    {
        var settled = claims.ToArray();
        while (true)
        {
            var open = Enumerable.Range(0, settled.Length)
                .Where(i => settled[i].Status is OutboxClaimStatus.InProgress or OutboxClaimStatus.Unconfirmed).ToList();
            if (open.Count == 0)
            {
                return settled;
            }

            var keys = open.ConvertAll(i => settled[i].Key);
            var wait = open.Max(i => settled[i].Entry!.ClaimedAt) + settle.After - settle.Time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, settle.Time, cancellationToken);
                var again = await outbox.ClaimManyAsync(keys, transport, cancellationToken);
                for (var n = 0; n < open.Count; n++)
                {
                    settled[open[n]] = again[n];
                }

                continue;
            }

            var accepted = await settle.FindAccepted(keys, cancellationToken)
                ?? throw new InvalidOperationException($"{transport} cannot say which e-mails it accepted, so it cannot settle claims.");
            await Parallel.ForEachAsync(open, cancellationToken, async (i, token) =>
                settled[i] = await outbox.SettleAsync(settled[i], accepted.Contains(settled[i].Key), transport, token));
        }
    }

    // Cancels the delivery once its claims are as old as a settlement allows.
    private static CancellationTokenSource Deadline(Settlement settle, IReadOnlyList<OutboxClaim> owned, CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var left = owned.Min(c => c.Entry!.ClaimedAt) + settle.After - settle.Time.GetUtcNow();
        deadline.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        return deadline;
    }
}

/// <summary>Cancellation that came before the request left: nothing was sent, so the claims can be given back.</summary>
internal sealed class NotSentException : OperationCanceledException
{
    public NotSentException()
    {
    }

    public NotSentException(string message)
        : base(message)
    {
    }

    public NotSentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public NotSentException(string message, Exception? innerException, CancellationToken token)
        : base(message, innerException, token)
    {
    }
}
