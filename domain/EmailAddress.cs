using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace HdndWorkflow.Domain;

/// <summary>
/// An e-mail address, normalized: surrounding white space removed and the domain lower-cased
/// (the local part is kept as typed). Any text can be held so that a form can be validated as a whole;
/// <see cref="IsWellFormed"/> tells whether the syntax is acceptable, and the validators report it.
/// Two addresses are equal when they match ignoring case: mail servers in practice treat the local part
/// case-insensitively, and the same person typed twice in different case must count as a duplicate.
/// </summary>
public sealed partial record EmailAddress
{
    /// <summary>
    /// Normalizes <paramref name="value"/>. Public and named after <see cref="Value"/> so serializers can rebuild
    /// the type from its JSON without a custom converter.
    /// </summary>
    public EmailAddress(string? value)
    {
        var trimmed = (value ?? string.Empty).Trim();
        var at = trimmed.LastIndexOf('@');
        Value = at < 0 ? trimmed : trimmed[..(at + 1)] + trimmed[(at + 1)..].ToLowerInvariant();
    }

    public string Value { get; }

    public bool IsWellFormed => Value.Length <= InputLimits.Email && WellFormed().IsMatch(Value);

    public static EmailAddress From(string? raw) => new(raw);

    /// <summary>Normalizes <paramref name="raw"/> and succeeds only if the result is well formed.</summary>
    public static bool TryParse(string? raw, [NotNullWhen(true)] out EmailAddress? email)
    {
        var candidate = From(raw);
        email = candidate.IsWellFormed ? candidate : null;
        return email is not null;
    }

    public bool Equals(EmailAddress? other) =>
        other is not null && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    public override string ToString() => Value;

    // Local part: the RFC 5322 "atext" characters, dots only between them; domain: lower-case ASCII labels
    // (the domain is already lower-cased) ending in an alphabetic top-level domain such as ".vn".
    [GeneratedRegex(
        @"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
