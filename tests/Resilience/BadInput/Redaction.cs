using System.Text.RegularExpressions;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// Personal links' tokens (confirmation and sign-in links, the answer API) and the references of reply addresses are
/// credentials, test ones included: whatever the part prints (case names, failures, its log, its section of the doc)
/// shows them replaced by <c>{token}</c> and <c>{reference}</c>.
/// </summary>
internal static partial class Redaction
{
    public static string Hide(string text) => ReplyReference().Replace(Link().Replace(text, "${path}{token}"), "${local}{reference}@");

    /// <summary>Those of <paramref name="secrets"/> that appear in <paramref name="text"/> anyway.</summary>
    public static IReadOnlyList<string> Leaked(string text, IEnumerable<string> secrets) =>
        [.. secrets.Where(s => s.Length > 0 && text.Contains(s, StringComparison.OrdinalIgnoreCase))];

    [GeneratedRegex(@"(?<path>(?:xac-nhan|api/invitations|dang-nhap)/)[A-Za-z0-9_-]{20,}")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<local>[\w.-]+\+)[A-Za-z2-7]{20,}@")]
    private static partial Regex ReplyReference();
}
