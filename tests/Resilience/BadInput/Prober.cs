using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// Sends the cases one at a time and checks each answer: never 5xx; a refusal (4xx, or a redirect to the sign-in page)
/// reads as Vietnamese problem details or a Vietnamese page with no stack trace or framework text in English, and
/// leaves every stored row as it was. An answer that takes the input (2xx, 3xx) may change what is stored: the new
/// state is what the next case is checked against.
/// </summary>
internal sealed partial class Prober(StoredState state)
{
    private const int MaxFailuresKept = 200;
    private readonly Dictionary<string, EntryPointFigures> _figures = new(StringComparer.Ordinal);
    private readonly List<string> _failures = [];
    private IReadOnlyList<string> _stored = [];

    public IReadOnlyDictionary<string, EntryPointFigures> Figures => _figures;

    public IReadOnlyList<string> Failures => _failures;

    public long Tried => _figures.Values.Sum(f => f.Tried);

    public long FailureCount { get; private set; }

    public async Task RunAsync(IEnumerable<BadCase> cases, CancellationToken cancellationToken)
    {
        _stored = await state.SnapshotAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        foreach (var c in cases)
        {
            await ProbeAsync(c, cancellationToken);
            if (Tried % 500 == 0)
            {
                Suite.Log($"{Tried:N0} inputs tried, {FailureCount} failures, {clock.Elapsed.TotalMinutes:F1} min.");
            }
        }
    }

    private async Task ProbeAsync(BadCase c, CancellationToken cancellationToken)
    {
        if (!_figures.TryGetValue(c.EntryPoint, out var figures))
        {
            _figures[c.EntryPoint] = figures = new EntryPointFigures();
        }

        figures.Tried++;
        int status;
        string? problem;
        try
        {
            using var request = c.Request();
            if (c.Refusal == Refusal.Page)
            {
                // As a browser asks for a page (the framework answers some refusals by what the client accepts).
                request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            }

            using var response = await c.Client.SendAsync(request, cancellationToken);
            status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var toSignIn = status is >= 300 and < 400 && response.Headers.Location?.OriginalString.Contains("/dang-nhap", StringComparison.Ordinal) == true;
            // Kestrel refuses a request line it cannot read (a NUL in the path: 400) or over its size limits (a URL of
            // over 8 KB: 414; headers: 431) with a bare status before any middleware runs, the app's headers included:
            // nothing of the app can word it. Counted apart.
            var beforeApp = status is 400 or 414 or 431 && body.Length == 0 && !response.Headers.Contains("X-Content-Type-Options");
            if (beforeApp)
            {
                figures.BeforeApp++;
            }

            problem = status >= 500 ? $"{status} {Cut(body)}"
                : status >= 400 && !beforeApp ? Unclear(c.Refusal, response.Content.Headers.ContentType?.MediaType, body)
                : null;
            figures.Count(status);
            if (status < 400 && !toSignIn)
            {
                figures.Accepted++;
                var outcome = Outcome(response.Content.Headers.ContentType?.MediaType, body);
                figures.Said(outcome);
                figures.Sample(c.Name);
                var before = _stored;
                _stored = c.Settles ? await SettledAsync(cancellationToken) : await state.SnapshotAsync(cancellationToken);
                Fail(c, c.RefusedOnly ? $"{problem} taken ({status}), though only a refusal may answer it".Trim()
                    : c.Repeated ? NotARepeat(outcome, before, _stored)
                    : problem);
                return;
            }

            if (c.Repeated)
            {
                problem = $"{problem} refused ({status}), though a mail posted again is taken as a duplicate".Trim();
            }
        }
        catch (HttpRequestException e)
        {
            figures.Count(0);
            problem = $"no answer: {e.Message}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            figures.Count(0);
            problem = "no answer within 120 s";
        }

        var after = await state.SnapshotAsync(cancellationToken);
        if (c.Reannounces && !after.SequenceEqual(_stored))
        {
            // Told again: once the workflow has reloaded, only its instance's row may differ.
            after = await SettledAsync(cancellationToken);
            if (OnlyInstances(_stored, after))
            {
                figures.Reannounced++;
                _stored = after;
            }
        }

        if (!after.SequenceEqual(_stored))
        {
            figures.Changed++;
            problem = $"{problem} stored rows changed: {StoredState.Difference(_stored, after)}".Trim();
            _stored = after;
        }

        Fail(c, problem);
    }

    private void Fail(BadCase c, string? problem)
    {
        if (problem is null)
        {
            return;
        }

        _figures[c.EntryPoint].Failed++;
        FailureCount++;
        var failure = Redaction.Hide($"{c.EntryPoint}: {c.Name}: {problem}");
        if (_failures.Count < MaxFailuresKept)
        {
            _failures.Add(failure);
        }

        Suite.Log($"FAILED {Cut(failure)}");
    }

    // What is wrong with the answer to a mail posted again, or null when it was a duplicate that changed nothing.
    private static string? NotARepeat(string? outcome, IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        outcome != "Duplicate" ? $"a mail posted again taken as {outcome ?? "nothing said"}, not as a duplicate"
        : !after.SequenceEqual(before) ? $"a duplicate changed stored rows: {StoredState.Difference(before, after)}"
        : null;

    // What is wrong with a refusal's wording, or null when it is clear.
    private static string? Unclear(Refusal refusal, string? mediaType, string body)
    {
        if (StackOrFramework().Match(body) is { Success: true } leak)
        {
            return $"framework text or stack in the answer: \"{leak.Value}\"";
        }

        if (refusal == Refusal.Problem)
        {
            if (mediaType != "application/problem+json")
            {
                return $"refused as {mediaType ?? "nothing"}, not problem details: {Cut(body)}";
            }

            try
            {
                using var json = JsonDocument.Parse(body);
                return json.RootElement.TryGetProperty("title", out var title) && title.GetString() is { } text && Vietnamese().IsMatch(text)
                    ? null
                    : $"problem details without a Vietnamese title: {Cut(body)}";
            }
            catch (JsonException)
            {
                return $"problem details that are not JSON: {Cut(body)}";
            }
        }

        return mediaType != "text/html" ? $"refused as {mediaType ?? "nothing"}, not a page: {Cut(body)}"
            : !Vietnamese().IsMatch(PageText(body)) ? $"a page without a Vietnamese message: {Cut(body)}"
            : null;
    }

    // After a change a workflow acts on: what is stored once the engine has no work waiting and the rows have not
    // changed for 1.2 s (at most 60 s). The engine looks at its queues every second at most; a backlog of events (many
    // changes taken in a row) waits visible in its control queue.
    private async Task<IReadOnlyList<string>> SettledAsync(CancellationToken cancellationToken)
    {
        var rows = await state.SnapshotAsync(cancellationToken);
        var stable = 0;
        for (var i = 0; i < 150 && stable < 3; i++)
        {
            await Task.Delay(400, cancellationToken);
            var again = await state.SnapshotAsync(cancellationToken);
            stable = again.SequenceEqual(rows) && !await state.EngineHasWorkAsync(cancellationToken) ? stable + 1 : 0;
            rows = again;
        }

        return rows;
    }

    // What a taken request's answer says was done with it, when it says so (the inbound e-mail's "outcome").
    private static string? Outcome(string? mediaType, string body)
    {
        if (mediaType != "application/json")
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("outcome", out var outcome)
                && outcome.ValueKind == JsonValueKind.String ? outcome.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool OnlyInstances(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        before.Except(after).Concat(after.Except(before)).All(row => row.StartsWith("HdndWorkflowInstances|", StringComparison.Ordinal));

    private static string PageText(string html) => Tags().Replace(html, " ");

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [GeneratedRegex("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", RegexOptions.IgnoreCase)]
    private static partial Regex Vietnamese();

    // A stack trace, the framework's own names, or its English status and error texts.
    [GeneratedRegex(@"\s+at [\w.`<>]+\(|\b(?:System|Microsoft)\.[A-Z]\w+\.|Exception\b|Bad Request|Not Found|Method Not Allowed|Unsupported Media Type|Payload Too Large|Request Entity Too Large|Internal Server Error|One or more validation errors|An error occurred|antiforgery token|Too Many Requests|Unauthorized|Forbidden")]
    private static partial Regex StackOrFramework();

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>|<[^>]+>", RegexOptions.Singleline)]
    private static partial Regex Tags();
}

/// <summary>One entry point's figures: inputs tried, answers by status (0: none), taken, refused with a change, failed.</summary>
internal sealed class EntryPointFigures
{
    private readonly List<string> _acceptedSamples = [];

    public long Tried { get; set; }

    public SortedDictionary<int, long> Statuses { get; } = [];

    public long Accepted { get; set; }

    public long Changed { get; set; }

    /// <summary>Refused as made already, the workflow told again: only its instance's row changed.</summary>
    public long Reannounced { get; set; }

    /// <summary>Refused by the web server (Kestrel) before the app saw the request.</summary>
    public long BeforeApp { get; set; }

    public long Failed { get; set; }

    /// <summary>A few of the inputs taken (valid after all), for the report.</summary>
    public IReadOnlyList<string> AcceptedSamples => _acceptedSamples;

    /// <summary>What the answers of taken requests said was done (an inbound mail recorded as an answer, queued…), by count.</summary>
    public SortedDictionary<string, long> Outcomes { get; } = new(StringComparer.Ordinal);

    public void Count(int status) => Statuses[status] = Statuses.GetValueOrDefault(status) + 1;

    public void Said(string? outcome)
    {
        if (outcome is not null)
        {
            Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;
        }
    }

    public void Sample(string name)
    {
        if (_acceptedSamples.Count < 4)
        {
            _acceptedSamples.Add(Redaction.Hide(name));
        }
    }
}
