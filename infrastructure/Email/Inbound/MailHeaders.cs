using System.Net.Mail;

namespace HdndWorkflow.Email.Inbound;

/// <summary>
/// A message's header block (RFC 5322) as SendGrid posts it in the "headers" field: lines unfolded, names compared
/// without case, the first value of each name kept.
/// </summary>
public sealed class MailHeaders
{
    private readonly Dictionary<string, string> _values;

    private MailHeaders(Dictionary<string, string> values) => _values = values;

    public static MailHeaders Empty { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The first value of the header, or null.</summary>
    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    /// <summary>The Message-ID without its angle brackets, or null.</summary>
    public string? MessageId => this["Message-ID"]?.Trim().Trim('<', '>') is { Length: > 0 } id ? id : null;

    public static MailHeaders Parse(string? block)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(block))
        {
            return new MailHeaders(values);
        }

        string? name = null;
        var value = new System.Text.StringBuilder();
        foreach (var line in block.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Length > 0 && line[0] is ' ' or '\t' && name is not null)
            {
                value.Append(' ').Append(line.Trim());
                continue;
            }

            Add(values, name, value);
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            (name, value) = colon > 0 ? (line[..colon].Trim(), new System.Text.StringBuilder(line[(colon + 1)..].Trim())) : (null, new System.Text.StringBuilder());
        }

        Add(values, name, value);
        return new MailHeaders(values);
    }

    /// <summary>The addresses of an address list ("A &lt;a@b&gt;, c@d"); what does not parse is skipped.</summary>
    public static IEnumerable<(string Address, string? Name)> Addresses(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            yield break;
        }

        MailAddressCollection parsed = [];
        try
        {
            parsed.Add(list);
        }
        catch (FormatException)
        {
            // One malformed address spoils the list for MailAddressCollection: take them one by one.
            foreach (var part in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (MailAddress.TryCreate(part, out var single))
                {
                    parsed.Add(single);
                }
            }
        }

        foreach (var address in parsed)
        {
            yield return (address.Address, string.IsNullOrWhiteSpace(address.DisplayName) ? null : address.DisplayName);
        }
    }

    private static void Add(Dictionary<string, string> values, string? name, System.Text.StringBuilder value)
    {
        if (name is { Length: > 0 })
        {
            values.TryAdd(name, value.ToString());
        }
    }
}
