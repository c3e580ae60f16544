using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace HdndWorkflow.Functions.Telemetry;

/// <summary>
/// Takes personal data out of every span before any exporter sees it: the token of a personal link (an invitee's
/// <c>/xac-nhan/{token}</c> and <c>/api/invitations/{token}</c>, a sign-in link's <c>/dang-nhap/{token}</c>) in the span's
/// name and in any attribute (url.path, url.full, http.route, http.target, …, whoever set it), and anything shaped like
/// an e-mail address; likewise in the status description and in the attributes of the span's events (an exception
/// recorded as an event carries its message and stack trace, which may quote a request's path). Query strings are
/// redacted by the instrumentations themselves. Runs first among the processors.
/// </summary>
internal sealed partial class PersonalDataScrubber : BaseProcessor<Activity>
{
    /// <summary>What a personal link's token is replaced with.</summary>
    public const string Token = "{token}";

    /// <summary>What an e-mail address is replaced with.</summary>
    public const string Email = "{email}";

    // Where Activity keeps its events (see ScrubEvents).
    private static readonly FieldInfo? EventsField = typeof(Activity).GetField("_events", BindingFlags.Instance | BindingFlags.NonPublic);

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

        if (data.StatusDescription is { } description && Scrub(description) is var cleanDescription && !ReferenceEquals(cleanDescription, description))
        {
            data.SetStatus(data.Status, cleanDescription);
        }

        ScrubEvents(data);
    }

    // Activity keeps its events in a private list and has no public way to change or remove one (an event copies its
    // attributes when it is made), so the list is emptied through reflection and the scrubbed events added again, in
    // their order. Should a later runtime rename that field, the span is not exported at all rather than with the text.
    private static void ScrubEvents(Activity data)
    {
        if (!data.Events.Any(HasPersonalData))
        {
            return;
        }

        var scrubbed = data.Events.Select(Scrub).ToList();
        if (EventsField is null)
        {
            data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
            return;
        }

        EventsField.SetValue(data, null);
        foreach (var spanEvent in scrubbed)
        {
            data.AddEvent(spanEvent);
        }
    }

    private static bool HasPersonalData(ActivityEvent spanEvent) =>
        !ReferenceEquals(Scrub(spanEvent.Name), spanEvent.Name)
        || spanEvent.Tags.Any(t => t.Value is string text && !ReferenceEquals(Scrub(text), text));

    private static ActivityEvent Scrub(ActivityEvent spanEvent) => new(
        Scrub(spanEvent.Name),
        spanEvent.Timestamp,
        new ActivityTagsCollection(spanEvent.Tags.Select(t => t.Value is string text ? new KeyValuePair<string, object?>(t.Key, Scrub(text)) : t)));

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
