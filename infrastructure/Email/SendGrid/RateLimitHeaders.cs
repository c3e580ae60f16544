using System.Globalization;
using System.Net.Http.Headers;

namespace HdndWorkflow.Email.SendGrid;

/// <summary>
/// SendGrid's rate-limit headers: <c>X-RateLimit-Remaining</c> (requests left in the period) and
/// <c>X-RateLimit-Reset</c> (when the period ends, in Unix epoch seconds), and the standard <c>Retry-After</c>
/// (seconds or an HTTP date).
/// </summary>
internal static class RateLimitHeaders
{
    public const string Remaining = "X-RateLimit-Remaining";
    public const string Reset = "X-RateLimit-Reset";

    /// <summary>How long the response asks to wait: the later of Retry-After and X-RateLimit-Reset; null when neither says.</summary>
    public static TimeSpan? WaitFrom(HttpResponseHeaders response, DateTimeOffset now)
    {
        TimeSpan? wait = null;
        if (response.RetryAfter is { } retryAfter)
        {
            wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - now : null);
        }

        if (Header(response, Reset) is { } reset && long.TryParse(reset, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epochSeconds))
        {
            var untilReset = DateTimeOffset.FromUnixTimeSeconds(epochSeconds) - now;
            wait = wait is { } w && w > untilReset ? w : untilReset;
        }

        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>True when a response's headers say no request is left in this period.</summary>
    public static bool Exhausted(HttpResponseHeaders response) =>
        Header(response, Remaining) is { } remaining
        && long.TryParse(remaining, NumberStyles.Integer, CultureInfo.InvariantCulture, out var left)
        && left <= 0;

    private static string? Header(HttpResponseHeaders response, string name) =>
        response.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
