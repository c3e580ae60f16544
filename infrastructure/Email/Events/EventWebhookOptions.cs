using System.ComponentModel.DataAnnotations;

namespace HdndWorkflow.Email.Events;

/// <summary>SendGrid's signed Event Webhook (configuration section <c>SendGrid:EventWebhook</c>).</summary>
public sealed class EventWebhookOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "SendGrid:EventWebhook";

    /// <summary>
    /// The verification key SendGrid shows when "Signed Event Webhook" is on: base64 of the P-256 public key's
    /// SubjectPublicKeyInfo. Empty: the endpoint answers 404 (no unsigned events are ever accepted).
    /// </summary>
    public string? PublicKey { get; set; }

    /// <summary>How old the signed timestamp may be; a request older than this is refused (a replay of a captured request).</summary>
    [Range(typeof(TimeSpan), "00:00:30", "01:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The table of event ids already handled (SendGrid retries a delivery for up to 24 hours).</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string SeenEventsTable { get; set; } = "SendGridEvents";

    /// <summary>How many days an event id is remembered; older days' partitions are deleted.</summary>
    [Range(2, 30)]
    public int RememberDays { get; set; } = 3;

    /// <summary>The largest body accepted (SendGrid posts batches of events, typically well under 1 MB).</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 4 * 1024 * 1024;
}
