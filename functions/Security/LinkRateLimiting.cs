using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace HdndWorkflow.Functions.Security;

/// <summary>
/// Rate limits for personal links: each link (its token, the last path segment that is not a verb) gets a small
/// budget per minute, so a leaked or guessed link cannot be hammered, while thousands of invitees answering at once
/// are not slowed. A token is counted in its canonical form (<see cref="LinkTokenText.Canonical"/>): spelling it with
/// white space or padding spends the same budget. Refusals are 429 with Retry-After.
/// </summary>
public static class LinkRateLimiting
{
    public const string Policy = "personal-links";

    /// <summary>Requests one link may make per minute.</summary>
    public const int PerLinkPerMinute = 30;

    public static WebApplicationBuilder AddLinkRateLimiting(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                LinkTokenText.Canonical(context.Request.RouteValues["token"] as string),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = PerLinkPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }
}
