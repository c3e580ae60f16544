namespace HdndWorkflow.Email.Inbound;

/// <summary>How much of an inbound post is read.</summary>
/// <param name="MaxRequestBytes">The whole post; SendGrid posts messages of up to 30 MB.</param>
/// <param name="MaxFieldBytes">One text field (text, html, headers); beyond it the field is cut, the rest read and dropped.</param>
/// <param name="MaxCalendarBytes">One calendar attachment; a larger one is not a reply and is dropped.</param>
public sealed record InboundLimits(long MaxRequestBytes, int MaxFieldBytes = 1024 * 1024, int MaxCalendarBytes = 256 * 1024);
