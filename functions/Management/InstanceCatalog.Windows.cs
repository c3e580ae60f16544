using System.Buffers.Text;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Azure;
using Microsoft.DurableTask.Client;

namespace HdndWorkflow.Functions.Management;

/// <summary>
/// The list without council, stage or id prefix (and not only of the few failed, suspended, terminated or pending
/// instances), through key windows: the Instances table cut into 16 ranges of
/// instance ids by their first character, read one range after another in id order (the engine's own order), with
/// the status and creation time filters applied within each.
/// </summary>
/// <remarks>
/// One query over the whole table is what Azure Table storage answers best (a key-ordered read that stops at the page
/// size, or, with a filter, at the page's matches), but the storage emulator evaluates the filter on every row and
/// sorts every match before it takes the page: 100,000 rows for each page of 25 of the unfiltered list. In a range
/// the emulator evaluates the rest of the filter only on the range's rows and sorts only their matches, and on Azure
/// it is still a key-ordered read from the index that stops at the page. The app's instance ids start with a
/// conference id (a GUID, lowercase hex), so each window holds about a sixteenth; any other id (upper case, other
/// characters, keys the provider escapes) still falls in one: the first window has no lower bound, the last no upper
/// bound. A page goes on into the next window while it has room, for up to <see cref="ReadingBudget"/>: with a filter
/// few instances pass, a page may therefore be short, even empty, and still have a next. An id prefix is a key range
/// already, and the statuses few instances are in make a page walk several windows: the engine's query serves both.
/// </remarks>
internal sealed partial class InstanceCatalog
{
    // Window k holds the keys from Bounds[k - 1] (none for the first) up to Bounds[k] (none for the last).
    private static readonly string[] Bounds = [.. "123456789abcdef".Select(c => c.ToString())];

    private const string WindowToken = "w:";

    // "w:{window}" or "w:{window}.{the range's continuation, base64url}": where the page stopped.
    private async Task<Managed<InstancePage>> ByWindowsAsync(InstanceFilter filter, CancellationToken cancellationToken)
    {
        var (window, continuation) = (0, (string?)null);
        if (filter.Token is { } token && !TryParseWindow(token, out window, out continuation))
        {
            return InvalidToken();
        }

        var instances = new List<OrchestrationMetadata>();
        var clock = Stopwatch.StartNew();
        var queried = false;
        while (instances.Count < filter.PageSize && window <= Bounds.Length && (!queried || clock.Elapsed < ReadingBudget))
        {
            queried = true;
            Microsoft.DurableTask.Page<OrchestrationMetadata> page;
            try
            {
                page = await engine.GetInstancesInKeyRangeAsync(
                    window == 0 ? null : Bounds[window - 1],
                    window == Bounds.Length ? null : Bounds[window],
                    new OrchestrationQuery
                    {
                        Statuses = filter.Statuses.Count > 0 ? filter.Statuses : null,
                        CreatedFrom = filter.CreatedFrom,
                        CreatedTo = filter.CreatedTo,
                        PageSize = filter.PageSize - instances.Count,
                        ContinuationToken = continuation,
                        FetchInputsAndOutputs = filter.WithPayloads,
                    },
                    cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == StatusCodes.Status400BadRequest && continuation is not null)
            {
                return InvalidToken();
            }

            instances.AddRange(page.Values);
            (window, continuation) = page.ContinuationToken is { Length: > 0 } next ? (window, next) : (window + 1, null);
        }

        var nextToken = window > Bounds.Length
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{WindowToken}{window}{(continuation is null ? string.Empty : "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(continuation)))}");
        return new InstancePage(await RowsAsync(instances, cancellationToken), nextToken);
    }

    private static bool TryParseWindow(string token, out int window, out string? continuation)
    {
        (window, continuation) = (0, null);
        if (!token.StartsWith(WindowToken, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = token[WindowToken.Length..].Split('.', 2);
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out window) || window > Bounds.Length)
        {
            return false;
        }

        if (parts is [_, var encoded])
        {
            try
            {
                continuation = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(encoded));
            }
            catch (FormatException)
            {
                return false;
            }

            return continuation.Length > 0;
        }

        return true;
    }
}
