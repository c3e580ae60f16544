using System.Buffers.Text;
using System.Security.Cryptography;

namespace HdndWorkflow.Functions.Security;

/// <summary>
/// The Content-Security-Policy of the app's pages: nothing but what the page itself carries. Its script and style
/// elements run only with the response's nonce, fresh random bits per request written into each element
/// (<c>nonce="@Context.CspNonce()"</c> in a partial, <c>@HttpContext.CspNonce()</c> in a page), so an injected element
/// never runs. Scripts may fetch from this site only (the organizer's roll refreshes itself from the API), forms post
/// to this site only, images are this site's or data: URLs (the empty favicon); no frames, plugins or fonts; no other
/// site may frame a page.
/// </summary>
public static class ContentSecurityPolicy
{
    private static readonly object NonceKey = new();

    /// <summary>The nonce of this response's script and style elements.</summary>
    public static string CspNonce(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[NonceKey] as string
            ?? throw new InvalidOperationException("No Content-Security-Policy nonce: UseSecurityHeaders must come first in the pipeline.");
    }

    /// <summary>Draws the request's nonce (128 random bits) and returns the policy that names it.</summary>
    internal static string Issue(HttpContext context)
    {
        var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }
}
