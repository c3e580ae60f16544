using HdndWorkflow.Domain.Conclusions;
using HdndWorkflow.Domain.Conferences;
using HdndWorkflow.Domain.Councils;
using HdndWorkflow.Domain.Vietnamese;
using HdndWorkflow.Functions.Conclusions.Model;
using Azure.Data.Tables;
using NodaTime;

namespace HdndWorkflow.Functions.Conclusions.Persistence;

/// <summary>Notice numbers: "Số: n/TB-HĐND", sequential per council and year, without gaps or duplicates.</summary>
internal sealed partial class ConclusionStore
{
    /// <summary>Attempts before giving up under contention (each lost race means another notice took a number).</summary>
    private const int NumberingAttempts = 100;

    /// <summary>
    /// Gives the approved conclusion the next number of its council for the year of <paramref name="now"/> in Vietnam,
    /// or returns the number it already has (so calling again, after a crash or a retry, allocates nothing more).
    /// One entity group transaction, all in the council's partition, does three things or nothing: advances the
    /// counter row <c>counter|{year}</c> (guarded by its ETag, or inserted if it is the year's first number), saves
    /// the header with the number (guarded by its ETag) and its "numbered" event, and inserts the row
    /// <c>number|{year}|{n}</c>, which can exist once only. Two approvals that read the same counter cannot both
    /// commit: the loser (412, or 409 for a counter both tried to insert) reads again and takes the next number.
    /// A number is never taken without the conclusion that holds it, so there are no gaps.
    /// </summary>
    public async Task<Conclusion> AllocateNumberAsync(
        CouncilId council, ConferenceId id, string issuerCode, Func<Instant> now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(now);
        for (var attempt = 1; ; attempt++)
        {
            var (conclusion, etag) = await GetAsync(council, id, cancellationToken)
                ?? throw new InvalidOperationException($"Conclusion {id} of council {council} does not exist.");
            if (conclusion.Number is not null)
            {
                return conclusion;
            }

            var at = now();
            var issuedOn = VietnamTime.ToLocal(at).Date;
            var stored = await _table.GetEntityIfExistsAsync<TableEntity>(council.Value, Keys.Counter(issuedOn.Year), cancellationToken: cancellationToken);
            var counter = stored.HasValue ? stored.Value : null;
            var number = new NoticeNumber((counter?.GetInt32("Last") ?? 0) + 1, issuedOn.Year);
            var update = conclusion.Numbered(number, issuedOn, number.Symbol(issuerCode), at);
            var counterRow = new TableEntity(council.Value, Keys.Counter(issuedOn.Year)) { ["Kind"] = "counter", ["Last"] = number.Sequence };
            var numberRow = new TableEntity(council.Value, Keys.Number(number.Year, number.Sequence))
            {
                ["Kind"] = "number",
                ["Conference"] = id.Value,
                ["Sequence"] = number.Sequence,
                ["IssuedOn"] = issuedOn.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            TableTransactionAction[] actions =
            [
                counter is null
                    ? new(TableTransactionActionType.Add, counterRow)
                    : new(TableTransactionActionType.UpdateReplace, counterRow, counter.ETag),
                new(TableTransactionActionType.UpdateReplace, HeaderRow(update.Conclusion), etag),
                new(TableTransactionActionType.Add, numberRow),
                .. Rows(update),
            ];
            try
            {
                await _table.SubmitTransactionAsync(actions, cancellationToken);
                return update.Conclusion;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && attempt < NumberingAttempts)
            {
                // Another approval took this number first (or this conclusion changed): read both again. The jitter
                // spreads the contenders so that each round has a winner rather than a crowd of losers.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 + (10 * Math.Min(attempt, 20)))), cancellationToken);
            }
        }
    }

    /// <summary>The numbers taken in <paramref name="year"/> by the council's notices, in order, with their conference.</summary>
    public async Task<IReadOnlyList<(int Sequence, ConferenceId Conference)>> ListNumbersAsync(CouncilId council, int year, CancellationToken cancellationToken)
    {
        var prefix = Keys.Number(year, 0)[..^6];
        var numbers = new List<(int, ConferenceId)>();
        await foreach (var row in _table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {council.Value} and RowKey gt {prefix} and RowKey lt {prefix + "~"}"), cancellationToken: cancellationToken))
        {
            numbers.Add((row.GetInt32("Sequence") ?? 0, new ConferenceId(row.GetGuid("Conference")!.Value)));
        }

        return [.. numbers.OrderBy(n => n.Item1)];
    }
}
