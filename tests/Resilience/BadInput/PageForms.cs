using System.Net;
using System.Text.RegularExpressions;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>
/// The POST forms of a page as a browser would send them unchanged: where each goes and its fields (hidden inputs,
/// the antiforgery token among them, text inputs, checked radios and checkboxes, text areas, selects' chosen options).
/// Submit buttons are left out: a form sent without one is the first, harmless step of the pages' two-step actions.
/// The layout's sign-out form is left out too: a well-formed post of it would end the session the cases use.
/// </summary>
internal static partial class PageForms
{
    public const string Antiforgery = "__RequestVerificationToken";

    private const string SignOut = "/dang-xuat";

    public static async Task<IReadOnlyList<PageForm>> ReadAsync(HttpClient browser, string path, CancellationToken cancellationToken)
    {
        using var response = await browser.GetAsync(path, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        }

        var forms = new List<PageForm>();
        foreach (Match form in Form().Matches(html))
        {
            var attributes = form.Groups["attributes"].Value;
            if (!Attribute(attributes, "method").Equals("post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var action = Attribute(attributes, "action") is { Length: > 0 } a ? a : "/" + path.TrimStart('/');
            if (action == SignOut)
            {
                continue;
            }

            var fields = new List<(string Name, string Value)>();
            foreach (Match control in Control().Matches(form.Groups["body"].Value))
            {
                var tag = control.Groups["tag"].Value.ToLowerInvariant();
                var at = control.Groups["attributes"].Value;
                var name = Attribute(at, "name");
                var type = Attribute(at, "type").ToLowerInvariant();
                if (name.Length == 0 || tag == "button" || type is "submit" or "file" or "button"
                    || (type is "radio" or "checkbox" && !Regex.IsMatch(at, @"\bchecked\b")))
                {
                    continue;
                }

                fields.Add((name, tag switch
                {
                    "textarea" => WebUtility.HtmlDecode(control.Groups["inner"].Value),
                    "select" => Selected(control.Groups["inner"].Value),
                    _ => Attribute(at, "value"),
                }));
            }

            forms.Add(new PageForm(action, fields));
        }

        return forms;
    }

    private static string Selected(string options)
    {
        var all = Option().Matches(options);
        var chosen = all.FirstOrDefault(o => Regex.IsMatch(o.Groups["attributes"].Value, @"\bselected\b")) ?? all.FirstOrDefault();
        return chosen is null ? string.Empty : Attribute(chosen.Groups["attributes"].Value, "value");
    }

    private static string Attribute(string attributes, string name) =>
        Regex.Match(attributes, $"(?:^|\\s){name}=\"(?<v>[^\"]*)\"", RegexOptions.IgnoreCase) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["v"].Value) : string.Empty;

    [GeneratedRegex(@"<form(?<attributes>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex(@"<(?<tag>input|textarea|select|button)(?<attributes>[^>]*)>(?:(?<inner>.*?)</\k<tag>>)?", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Control();

    [GeneratedRegex(@"<option(?<attributes>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Option();
}

/// <summary>A form: where it posts and what it sends.</summary>
internal sealed record PageForm(string Action, IReadOnlyList<(string Name, string Value)> Fields);
