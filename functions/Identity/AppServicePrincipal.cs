using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HdndWorkflow.Functions.Identity;

/// <summary>
/// The principal App Service Authentication passes in <c>X-MS-CLIENT-PRINCIPAL</c>: base64 of JSON
/// <c>{"auth_typ":"aad","claims":[{"typ":…,"val":…}],…}</c>. Only what the app maps to its directory is read: the Entra
/// object id and the e-mail-like names (preferred_username, email, upn).
/// </summary>
internal sealed record AppServicePrincipal(string? ObjectId, IReadOnlyList<string> Emails)
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    private static readonly string[] ObjectIdClaims = ["http://schemas.microsoft.com/identity/claims/objectidentifier", "oid"];

    private static readonly string[] EmailClaims =
    [
        "preferred_username", "email", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "upn", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
    ];

    /// <summary>The principal of an Entra ID ("aad") sign-in, or null when the header is not one.</summary>
    public static AppServicePrincipal? Parse(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(header.Length)];
        if (!Convert.TryFromBase64String(header.Trim(), bytes, out var length))
        {
            return null;
        }

        Body? body;
        try
        {
            body = JsonSerializer.Deserialize(bytes.AsSpan(0, length), AppServicePrincipalJson.Default.Body);
        }
        catch (JsonException)
        {
            return null;
        }

        if (body is not { AuthType: "aad", Claims: { } claims })
        {
            return null;
        }

        string? First(string type) => claims.FirstOrDefault(c => string.Equals(c.Type, type, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(c.Value))?.Value;
        return new AppServicePrincipal(
            ObjectIdClaims.Select(First).FirstOrDefault(v => v is not null),
            [.. EmailClaims.Select(First).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    internal sealed record Body(
        [property: JsonPropertyName("auth_typ")] string? AuthType,
        [property: JsonPropertyName("claims")] IReadOnlyList<Claim>? Claims);

    internal sealed record Claim(
        [property: JsonPropertyName("typ")] string? Type,
        [property: JsonPropertyName("val")] string? Value);
}

[JsonSerializable(typeof(AppServicePrincipal.Body))]
internal sealed partial class AppServicePrincipalJson : JsonSerializerContext;
