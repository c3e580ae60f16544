using System.Text.RegularExpressions;

namespace HdndWorkflow.Email;

/// <summary>
/// One e-mail to one recipient: HTML and plain text, attachments (for example the .ics calendar part, content type
/// <c>text/calendar; method=REQUEST</c>), custom arguments that SendGrid reports back with every event of the
/// message, and an idempotency key that says which e-mail this is: see <see cref="EmailKey"/>.
/// </summary>
/// <remarks>
/// <see cref="Substitutions"/> make the subject and bodies a template shared by many recipients: each key found in
/// them is replaced by its value for this recipient (SendGrid's personalization substitutions, applied the same way by
/// the development mailbox). E-mails whose subject, bodies and attachments are identical can then travel in one
/// SendGrid request. Values are inserted as they are into the subject, the HTML and the text, so give values that are
/// safe in all three (an URL of unreserved characters, a name without markup), or HTML-encode them yourself.
/// </remarks>
public sealed record OutgoingEmail
{
    /// <summary>Which e-mail this is, e.g. <c>EmailKey.For(invitationId, EmailPurposes.Invitation, revision)</c>.</summary>
    public required string IdempotencyKey { get; init; }

    public required EmailRecipient To { get; init; }

    /// <summary>
    /// Where replies to this e-mail go; null for the configured <see cref="EmailOptions.ReplyToAddress"/>. An address of
    /// its own per e-mail (a signed reply address) keeps e-mails from sharing a SendGrid request, whose reply_to is one.
    /// </summary>
    public EmailRecipient? ReplyTo { get; init; }

    public required string Subject { get; init; }

    public required string Html { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>Correlation values (invitation id, purpose, revision); the sender adds the idempotency key.</summary>
    public IReadOnlyDictionary<string, string> CustomArgs { get; init; } = EmptyMap;

    /// <summary>Template keys and this recipient's values, e.g. <c>["-confirm-url-"] = "https://…"</c>.</summary>
    public IReadOnlyDictionary<string, string> Substitutions { get; init; } = EmptyMap;

    private static IReadOnlyDictionary<string, string> EmptyMap { get; } = new Dictionary<string, string>(0);

    /// <summary>The e-mail as the recipient reads it: substitutions applied to subject, HTML and text.</summary>
    public OutgoingEmail Render()
    {
        var keys = Substitutions.Keys.Where(k => k.Length > 0).OrderByDescending(k => k.Length).ToList();
        if (keys.Count == 0)
        {
            return Substitutions.Count == 0 ? this : this with { Substitutions = EmptyMap };
        }

        // One pass, longest key first, so that no value is substituted again and "-name-" does not eat "-name-full-".
        var pattern = new Regex(string.Join('|', keys.Select(Regex.Escape)), RegexOptions.CultureInvariant);
        string Apply(string input) => pattern.Replace(input, match => Substitutions[match.Value]);
        return this with
        {
            Subject = Apply(Subject),
            Html = Apply(Html),
            Text = Apply(Text),
            Substitutions = EmptyMap,
        };
    }
}

/// <summary>A recipient: the address and, optionally, the name shown with it.</summary>
public sealed record EmailRecipient(string Address, string? Name = null)
{
    public override string ToString() => Name is null ? Address : $"{Name} <{Address}>";
}

/// <summary>A file sent with the e-mail. <see cref="ContentType"/> may carry parameters (<c>text/calendar; method=REQUEST</c>).</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content)
{
    /// <summary>The media type without parameters, lower-case: "text/calendar".</summary>
    public string MediaType => ContentType.Split(';', 2)[0].Trim().ToLowerInvariant();

    /// <summary>A parameter of the content type, e.g. <c>Parameter("method")</c> is "REQUEST"; null when absent.</summary>
    public string? Parameter(string name)
    {
        foreach (var part in ContentType.Split(';').Skip(1))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && part[..equals].Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return part[(equals + 1)..].Trim().Trim('"');
            }
        }

        return null;
    }
}
