using System.ComponentModel.DataAnnotations;

namespace HdndWorkflow.Email.SendGrid;

/// <summary>SendGrid's v3 Mail Send API (configuration section <c>SendGrid</c>). Required outside Development; in Development without an API key, e-mail goes to the development mailbox.</summary>
public sealed class SendGridOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "SendGrid";

    /// <summary>The API key (Mail Send permission). A secret: from Key Vault or app settings, never logged.</summary>
    [Required]
    public string? ApiKey { get; set; }

    /// <summary>The API's base address: https://api.sendgrid.com, or https://api.eu.sendgrid.com for EU subusers.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://api.sendgrid.com");

    /// <summary>Most personalizations (recipients) in one request; SendGrid takes up to 1,000.</summary>
    [Range(1, 1000)]
    public int MaxPersonalizationsPerRequest { get; set; } = 1000;

    /// <summary>Largest request body in bytes; SendGrid refuses messages over 30 MB.</summary>
    [Range(64 * 1024, 30 * 1000 * 1000)]
    public int MaxRequestBytes { get; set; } = 20 * 1000 * 1000;

    /// <summary>Retries of a request answered 429 or 5xx, or whose connection could not be opened.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff delay of a 5xx retry; it doubles each attempt (with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait before a retry, and the longest rate-limit pause honoured in the call: a 429 whose reset is
    /// further away fails with <see cref="EmailDeliveryException.RetryAfter"/> so that the orchestration can wait on a
    /// durable timer instead of holding an activity.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests under way at once in one call.</summary>
    [Range(1, 32)]
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>SendGrid validates the request and answers 200 without sending anything (staging).</summary>
    public bool SandboxMode { get; set; }
}
