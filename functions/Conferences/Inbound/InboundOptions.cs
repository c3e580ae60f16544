using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Conferences.Inbound;

/// <summary>
/// Replies by e-mail (configuration section <c>Inbound</c>): the domain whose mail SendGrid's Inbound Parse posts to
/// the app, and how the post is authenticated. Without <see cref="Domain"/> invitations carry no signed reply address
/// and the route answers 404.
/// </summary>
public sealed class InboundOptions
{
    public const string Section = "Inbound";

    /// <summary>The receiving domain (its MX points at SendGrid), e.g. "tra-loi.hdnd.quangtri.gov.vn".</summary>
    public string? Domain { get; init; }

    /// <summary>The local part before the "+" of every reply address: "tra-loi" (trả lời).</summary>
    [RegularExpression("^[a-z0-9][a-z0-9-]{0,9}$")]
    public string LocalPart { get; init; } = "tra-loi";

    /// <summary>A secret of at least 32 characters the Parse URL ends with (/api/inbound/sendgrid/{secret}).</summary>
    public string? RouteSecret { get; init; }

    /// <summary>Basic authentication the Parse URL carries (https://user:password@host/api/inbound/sendgrid).</summary>
    public string? BasicAuthUser { get; init; }

    /// <summary>At least 32 characters.</summary>
    public string? BasicAuthPassword { get; init; }

    /// <summary>The largest post read; SendGrid posts mail of up to 30 MB.</summary>
    [Range(64 * 1024, 40L * 1024 * 1024)]
    public long MaxRequestBytes { get; init; } = 30L * 1024 * 1024;

    public bool Enabled => !string.IsNullOrWhiteSpace(Domain);
}

/// <summary>A receiving domain needs a way to tell SendGrid's posts from anyone's: a route secret, basic authentication or both.</summary>
internal sealed class InboundOptionsValidator : IValidateOptions<InboundOptions>
{
    private const int MinimumSecret = 32;

    public ValidateOptionsResult Validate(string? name, InboundOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (!Domain.EmailAddress.From($"{options.LocalPart}@{options.Domain}").IsWellFormed)
        {
            errors.Add($"{InboundOptions.Section}:Domain must be a mail domain such as tra-loi.hdnd.example.gov.vn.");
        }

        var route = !string.IsNullOrEmpty(options.RouteSecret);
        var basic = !string.IsNullOrEmpty(options.BasicAuthPassword);
        if (!route && !basic)
        {
            errors.Add($"{InboundOptions.Section}:RouteSecret or {InboundOptions.Section}:BasicAuthPassword must be set with {InboundOptions.Section}:Domain.");
        }

        if (route && (options.RouteSecret!.Length < MinimumSecret || !options.RouteSecret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            errors.Add($"{InboundOptions.Section}:RouteSecret must be at least {MinimumSecret} letters, digits, '-' or '_'.");
        }

        if (basic && (options.BasicAuthPassword!.Length < MinimumSecret || string.IsNullOrWhiteSpace(options.BasicAuthUser) || options.BasicAuthUser.Contains(':', StringComparison.Ordinal)))
        {
            errors.Add($"{InboundOptions.Section}:BasicAuthUser (without ':') and a BasicAuthPassword of at least {MinimumSecret} characters go together.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
