using System.Text;
using System.Text.Json;

namespace HdndWorkflow.Functions.Tests.Security;

/// <summary>The <c>X-MS-CLIENT-PRINCIPAL</c> header as App Service Authentication writes it for an Entra ID sign-in.</summary>
public static class EntraPrincipals
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    public static string For(string? email = null, string? objectId = null, string authType = "aad")
    {
        var claims = new List<object>();
        if (email is not null)
        {
            claims.Add(new { typ = "preferred_username", val = email });
        }

        if (objectId is not null)
        {
            claims.Add(new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = objectId });
        }

        claims.Add(new { typ = "name", val = "Người dùng Entra" });
        var json = JsonSerializer.Serialize(new { auth_typ = authType, claims, name_typ = "name", role_typ = "roles" });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    public static HttpRequestMessage Get(string path, string principal)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(Header, principal);
        return request;
    }
}
