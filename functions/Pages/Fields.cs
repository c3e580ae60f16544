using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace HdndWorkflow.Functions.Pages;

/// <summary>
/// The form controls of the pages, written once: a visible label, an optional hint, the field's errors right above the
/// input (announced with it through aria-describedby) and the value the user typed, so a refused form loses nothing.
/// <paramref name="field"/> arguments are the service's field paths; <c>name</c> is what the form posts.
/// </summary>
internal static class Fields
{
    // The same settings as the pages' own encoder (PageServices): markup characters escaped, Vietnamese letters kept.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Text(
        string field, string name, string label, string? value, FormErrors errors,
        string type = "text", string? hint = null, string? autocomplete = null, bool required = false, string? inputMode = null,
        string? placeholder = null, bool markOptional = true)
    {
        var id = FormErrors.IdOf(field);
        var html = Open(field, id, label, hint, errors, required || !markOptional);
        html.AppendHtml("<input").AppendHtml(Attribute("id", id)).AppendHtml(Attribute("name", name)).AppendHtml(Attribute("type", type))
            .AppendHtml(Attribute("value", value ?? string.Empty)).AppendHtml(Attribute("autocomplete", autocomplete))
            .AppendHtml(Attribute("inputmode", inputMode)).AppendHtml(Attribute("placeholder", placeholder))
            .AppendHtml(Described(field, id, hint, errors)).AppendHtml(required ? " required" : string.Empty).AppendHtml(">");
        return html.AppendHtml("</div>");
    }

    public static IHtmlContent TextArea(
        string field, string name, string label, string? value, FormErrors errors, string? hint = null, int rows = 3, bool required = false, bool markOptional = true)
    {
        var id = FormErrors.IdOf(field);
        var html = Open(field, id, label, hint, errors, required || !markOptional);
        html.AppendHtml("<textarea").AppendHtml(Attribute("id", id)).AppendHtml(Attribute("name", name))
            .AppendHtml(Attribute("rows", rows.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .AppendHtml(Described(field, id, hint, errors)).AppendHtml(required ? " required" : string.Empty).AppendHtml(">")
            .Append(value ?? string.Empty).AppendHtml("</textarea>");
        return html.AppendHtml("</div>");
    }

    public static IHtmlContent Select(
        string field, string name, string label, string? value, IEnumerable<(string Value, string Text)> options, FormErrors errors, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var id = FormErrors.IdOf(field);
        var html = Open(field, id, label, hint, errors, unmarked: true);
        html.AppendHtml("<select").AppendHtml(Attribute("id", id)).AppendHtml(Attribute("name", name)).AppendHtml(Described(field, id, hint, errors)).AppendHtml(">");
        foreach (var (optionValue, text) in options)
        {
            html.AppendHtml("<option").AppendHtml(Attribute("value", optionValue))
                .AppendHtml(string.Equals(optionValue, value, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty)
                .AppendHtml(">").Append(text).AppendHtml("</option>");
        }

        return html.AppendHtml("</select></div>");
    }

    public static IHtmlContent Checkbox(string field, string name, string label, bool isChecked, FormErrors errors, string? hint = null)
    {
        var id = FormErrors.IdOf(field);
        var html = new HtmlContentBuilder();
        html.AppendHtml("<div class=\"field check\">");
        html.AppendHtml("<input").AppendHtml(Attribute("id", id)).AppendHtml(Attribute("name", name))
            .AppendHtml(" type=\"checkbox\" value=\"true\"").AppendHtml(isChecked ? " checked" : string.Empty)
            .AppendHtml(Described(field, id, hint, errors)).AppendHtml(">");
        html.AppendHtml("<label").AppendHtml(Attribute("for", id)).AppendHtml(">").Append(label).AppendHtml("</label>");
        AppendHint(html, id, hint);
        AppendErrors(html, id, errors.For(field));
        return html.AppendHtml("</div>");
    }

    /// <summary>
    /// The errors about a group of fields (a list, a co-chair's titles), where no single input carries them; with
    /// <paramref name="exactly"/>, only those about the group itself ("invitees", not "invitees[0].email").
    /// </summary>
    public static IHtmlContent Errors(string field, FormErrors errors, bool exactly = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var html = new HtmlContentBuilder();
        AppendErrors(html, FormErrors.IdOf(field), exactly ? errors.ForExactly(field) : errors.For(field));
        return html;
    }

    /// <param name="unmarked">No "(không bắt buộc)" after the label: required, or in a row whose hint says what it needs.</param>
    private static HtmlContentBuilder Open(string field, string id, string label, string? hint, FormErrors errors, bool unmarked)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var html = new HtmlContentBuilder();
        html.AppendHtml(errors.Has(field) ? "<div class=\"field invalid\">" : "<div class=\"field\">");
        html.AppendHtml("<label").AppendHtml(Attribute("for", id)).AppendHtml(">").Append(label);
        if (!unmarked)
        {
            html.AppendHtml(" <span class=\"optional\">(không bắt buộc)</span>");
        }

        html.AppendHtml("</label>");
        AppendHint(html, id, hint);
        AppendErrors(html, id, errors.For(field));
        return html;
    }

    private static void AppendHint(HtmlContentBuilder html, string id, string? hint)
    {
        if (hint is not null)
        {
            html.AppendHtml("<p class=\"hint\"").AppendHtml(Attribute("id", id + "-hint")).AppendHtml(">").Append(hint).AppendHtml("</p>");
        }
    }

    private static void AppendErrors(HtmlContentBuilder html, string id, IReadOnlyList<string> messages)
    {
        if (messages.Count == 0)
        {
            return;
        }

        html.AppendHtml("<div class=\"error\"").AppendHtml(Attribute("id", id + "-error")).AppendHtml(">");
        foreach (var message in messages)
        {
            html.AppendHtml("<p><span class=\"visually-hidden\">Lỗi: </span>").Append(message).AppendHtml("</p>");
        }

        html.AppendHtml("</div>");
    }

    private static string Described(string field, string id, string? hint, FormErrors errors)
    {
        var invalid = errors.Has(field);
        var ids = string.Join(' ', new[] { hint is null ? null : id + "-hint", invalid ? id + "-error" : null }.OfType<string>());
        return Attribute("aria-describedby", ids.Length == 0 ? null : ids) + (invalid ? " aria-invalid=\"true\"" : string.Empty);
    }

    private static string Attribute(string name, string? value) =>
        value is null ? string.Empty : $" {name}=\"{Encoder.Encode(value)}\"";
}
