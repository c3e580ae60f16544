using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HdndWorkflow.Functions.Conclusions.Api;
using HdndWorkflow.Functions.Conferences.Api;

namespace HdndWorkflow.Conferences.Benchmarks;

/// <summary>
/// The app's HTTP API as its clients use it: the organizer and the approver with the development API keys, invitees with nothing but
/// their links' tokens. One pooled client whose connections match the answers' concurrency (HTTP/1.1 to Kestrel, no
/// proxy), so every answer in flight has a connection of its own and none waits for one.
/// </summary>
internal sealed class ConferenceApi : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;
    private readonly string _organizerKey;
    private readonly string _approverKey;

    public ConferenceApi(Uri baseAddress, string organizerKey, string approverKey, int connections)
    {
        _organizerKey = organizerKey;
        _approverKey = approverKey;
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(1, connections),
            UseProxy = false,
            UseCookies = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(5),
        };
    }

    public async Task<ConferenceResponse> CreateAsync(ConferenceInput conference, CancellationToken cancellationToken)
    {
        using var request = Organizer(HttpMethod.Post, "api/conferences");
        request.Content = JsonContent.Create(conference, options: Json);
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, HttpStatusCode.Created, "Creating the conference", cancellationToken);
        return (await response.Content.ReadFromJsonAsync<ConferenceResponse>(Json, cancellationToken))!;
    }

    public async Task StartAsync(Guid conference, CancellationToken cancellationToken)
    {
        using var request = Organizer(HttpMethod.Post, $"api/conferences/{conference}/start");
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, HttpStatusCode.Accepted, "Starting the conference", cancellationToken);
    }

    /// <summary>
    /// The orchestration's status (GET /api/instances/{id}), with its history when asked: 202 while it runs, 200 once it
    /// has finished, as Durable Functions answers.
    /// </summary>
    public async Task<JsonElement> InstanceAsync(Guid conference, bool showHistory, CancellationToken cancellationToken)
    {
        using var request = Organizer(HttpMethod.Get, $"api/instances/{conference}{(showHistory ? "?showHistory=true" : string.Empty)}");
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, response.StatusCode == HttpStatusCode.Accepted ? HttpStatusCode.Accepted : HttpStatusCode.OK, "Reading the orchestration's status", cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken);
    }

    public async Task<RollResponse> RollAsync(Guid conference, CancellationToken cancellationToken)
    {
        using var request = Organizer(HttpMethod.Get, $"api/conferences/{conference}/roll");
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, HttpStatusCode.OK, "Reading the roll", cancellationToken);
        return (await response.Content.ReadFromJsonAsync<RollResponse>(Json, cancellationToken))!;
    }

    /// <summary>An invitee's answer through the personal link's token, as the API's other clients post it; the status code.</summary>
    public async Task<HttpStatusCode> AnswerAsync(string token, AnswerInput answer, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync($"api/invitations/{token}/answer", answer, Json, cancellationToken);

        // Read the body, as a client would: the answer is done when its response is.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response.StatusCode;
    }

    /// <summary>An organizer's change without a body (close-registration, held…): POST, 200.</summary>
    public async Task OrganizeAsync(Guid conference, string change, CancellationToken cancellationToken)
    {
        using var request = Organizer(HttpMethod.Post, $"api/conferences/{conference}/{change}");
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, HttpStatusCode.OK, $"POST {change}", cancellationToken);
    }

    /// <summary>The conference's conclusion (GET …/conclusion), or null while it does not exist.</summary>
    public async Task<ConclusionResponse?> ConclusionAsync(Guid conference, CancellationToken cancellationToken)
    {
        using var request = Organizer(HttpMethod.Get, $"api/conferences/{conference}/conclusion");
        using var response = await _http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureAsync(response, HttpStatusCode.OK, "Reading the conclusion", cancellationToken);
        return await response.Content.ReadFromJsonAsync<ConclusionResponse>(Json, cancellationToken);
    }

    /// <summary>A step of the conclusion (outcome, submit, approve): PUT or POST under …/conclusion, by the organizer or the approver, 200.</summary>
    public async Task ConcludeAsync(Guid conference, HttpMethod method, string step, object body, bool asApprover, CancellationToken cancellationToken)
    {
        using var request = WithKey(method, $"api/conferences/{conference}/conclusion/{step}", asApprover ? _approverKey : _organizerKey);
        request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureAsync(response, step == "approve" ? HttpStatusCode.Accepted : HttpStatusCode.OK, $"{method} conclusion/{step}", cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private HttpRequestMessage Organizer(HttpMethod method, string path) => WithKey(method, path, _organizerKey);

    private static HttpRequestMessage WithKey(HttpMethod method, string path, string key)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected, string what, CancellationToken cancellationToken)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {response.StatusCode} instead of {(int)expected}: {body[..Math.Min(body.Length, 2000)]}");
        }
    }
}
