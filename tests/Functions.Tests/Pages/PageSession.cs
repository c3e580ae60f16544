using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using HdndWorkflow.Functions.Pages.Account;
using Microsoft.Extensions.DependencyInjection;

namespace HdndWorkflow.Functions.Tests.Pages;

/// <summary>
/// One person's browser as the tests drive it over HTTP: its own cookies, and forms posted the way a browser posts
/// them, with the antiforgery token of the page they were on.
/// </summary>
public sealed partial class PageSession(HttpClient client, IServiceProvider services) : IDisposable
{
    public HttpClient Client => client;

    public async Task<PageResponse> GetAsync(string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await PageResponse.ReadAsync(response);
    }

    /// <summary>Opens <paramref name="page"/> and posts its form (the antiforgery token included) to <paramref name="action"/>.</summary>
    public async Task<PageResponse> SubmitAsync(string page, string action, params (string Name, string Value)[] fields)
    {
        var form = await GetAsync(page);
        form.Status.Should().Be(HttpStatusCode.OK, form.Html);
        return await PostAsync(action, [(AntiforgeryField, form.AntiforgeryToken()), .. fields]);
    }

    /// <summary>Posts exactly these fields (no antiforgery token unless given).</summary>
    public async Task<PageResponse> PostAsync(string action, IEnumerable<(string Name, string Value)> fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
        return await PageResponse.ReadAsync(response);
    }

    /// <summary>Posts a multipart form with one file, as a file input sends it.</summary>
    public async Task<PageResponse> UploadAsync(string page, string action, string fileField, string fileName, byte[] file, params (string Name, string Value)[] fields)
    {
        var form = await GetAsync(page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.AntiforgeryToken()), AntiforgeryField },
        };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, fileField, fileName);
        using var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
        return await PageResponse.ReadAsync(response);
    }

    /// <summary>Signs in through a sign-in link, as if it came by e-mail: open it, press "Đăng nhập".</summary>
    public async Task SignInAsync(string email)
    {
        var path = $"/dang-nhap/{services.GetRequiredService<SignInLinks>().Issue(email)}";
        var signedIn = await SubmitAsync(path, path);
        signedIn.Status.Should().Be(HttpStatusCode.Redirect, signedIn.Html);
    }

    public void Dispose() => client.Dispose();

    public const string AntiforgeryField = "__RequestVerificationToken";
}

/// <summary>A page as the session received it.</summary>
public sealed partial record PageResponse(HttpStatusCode Status, string Html, HttpResponseHeaders Headers, HttpContentHeaders? ContentHeaders)
{
    public Uri? Location => Headers.Location;

    public static async Task<PageResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers, response.Content.Headers);

    public string AntiforgeryToken() => Token().Match(Html) is { Success: true } match
        ? match.Groups["value"].Value
        : throw new InvalidOperationException("The page has no form with an antiforgery token.");

    /// <summary>The page's text without markup and with entities decoded, white space collapsed.</summary>
    public string Text => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(Scripts().Replace(Html, " "), " ")), " ");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
