using System.ComponentModel.DataAnnotations;
using HdndWorkflow.Functions.Security;
using Microsoft.Extensions.Options;

namespace HdndWorkflow.Functions.Conferences.Links;

/// <summary>Where the app is reached from outside (configuration section <c>App</c>), for links in e-mails.</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The public address of the app, e.g. https://hdnd.example.gov.vn (no trailing path).</summary>
    [Required]
    public Uri? PublicBaseUrl { get; init; }
}

/// <summary>The absolute addresses of personal pages, signed with the app's key.</summary>
public sealed class PublicLinks(IOptions<AppOptions> options, LinkSigner signer)
{
    /// <summary>The route of a personal confirmation page.</summary>
    public const string ConfirmationPath = "/xac-nhan";

    private readonly Uri _base = options.Value.PublicBaseUrl!;

    public Uri Confirmation(InvitationToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new Uri(_base, $"{ConfirmationPath}/{token.Encode(signer)}");
    }

    /// <summary>An absolute address on the app for <paramref name="path"/>.</summary>
    public Uri For(string path) => new(_base, path);
}
