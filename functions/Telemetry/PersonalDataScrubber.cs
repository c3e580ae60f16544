using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace HdndWorkflow.Functions.Telemetry;

/// <summary>
/// Takes personal data out of every span before any exporter sees it: the token of a personal link (an invitee's
/// <c>/xac-nhan/{token}</c> and <c>/api/invitations/{token}</c>, a sign-in link's <c>/dang-nhap/{token}</c>) in the span's
/// name and in any attribute (url.path, url.full, http.route, http.target, …, whoever set it), and anything shaped like
/// an e-mail address. Query strings are redacted by the instrumentations themselves. Runs first among the processors.
/// </summary>
internal sealed partial class PersonalDataScrubber : BaseProcessor<Activity>
{
    /// <summary>What a personal link's token is replaced with.</summary>
    public const string Token = "{token}";

    /// <summary>What an e-mail address is replaced with.</summary>
    public const string Email = "{email}";

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.DisplayName = Scrub(data.DisplayName);
        List<KeyValuePair<string, string>>? changed = null;
        foreach (var (key, value) in data.TagObjects)
        {
            if (value is string text && Scrub(text) is var clean && !ReferenceEquals(clean, text))
            {
                (changed ??= []).Add(new(key, clean));
            }
        }

        foreach (var (key, clean) in changed ?? [])
        {
            data.SetTag(key, clean);
        }
    }

    /// <summary>The text without tokens of personal links or e-mail addresses; the same instance when it had none.</summary>
    public static string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = PersonalLink().Replace(text, "${prefix}" + Token);
        clean = EmailAddress().Replace(clean, Email);
        return clean == text ? text : clean;
    }

    // A route template's own "{token}" is left as it is (it is what a token is replaced with).
    [GeneratedRegex(@"(?<prefix>/(?:xac-nhan|dang-nhap|api/invitations)/)(?!\{token\})[^/?#\s""']+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonalLink();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
