using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Resilience.BadInput;

/// <summary>Building the requests of the cases: raw bodies with the content type given (or none).</summary>
internal static class Requests
{
    public static HttpRequestMessage Raw(HttpMethod method, string path, byte[]? body, string? contentType)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }

        return request;
    }

    public static JsonNode Node<T>(T value) => JsonSerializer.SerializeToNode(value, BadWorld.Json)!;

    /// <summary>
    /// The JSON cases of one endpoint: bodies nothing can read, <paramref name="mutations"/> mutations of
    /// <paramref name="valid"/>, and the valid body under the wrong content type or none.
    /// </summary>
    public static IEnumerable<BadCase> Json(
        string entryPoint, HttpClient client, HttpMethod method, Func<string> path, JsonNode valid, int mutations, Random random, bool settles = false, bool reannounces = false)
    {
        var bodies = MalformedBodies.Unreadable.Concat(MalformedBodies.Mutations(valid, mutations, random))
            .Select(b => (b.Name, b.Body, ContentType: (string?)"application/json"))
            .Concat(WrongTypes(Encoding.UTF8.GetBytes(valid.ToJsonString())));
        foreach (var (name, body, contentType) in bodies)
        {
            yield return new BadCase(entryPoint, name, Refusal.Problem, client, () => Raw(method, path(), body, contentType), settles, reannounces);
        }
    }

    private static IEnumerable<(string Name, byte[] Body, string? ContentType)> WrongTypes(byte[] valid) =>
    [
        ("valid body as text/plain", valid, "text/plain"),
        ("valid body without a content type", valid, null),
        ("valid body as a form", valid, MalformedForms.UrlEncoded),
        ("valid body as XML", valid, "application/xml"),
        ("valid body in UTF-16", Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(valid)), "application/json; charset=utf-16"),
        ("valid body with an unknown charset", valid, "application/json; charset=x-nothing"),
    ];
}
