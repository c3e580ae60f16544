using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HdndWorkflow.Testing;

namespace HdndWorkflow.Resilience.CrashLoop;

/// <summary>
/// The app's API as a careful client uses it while the app keeps crashing: a request that gets no answer (connection
/// refused or reset, the app restarting) or a 5xx is sent again a second later, until an answer comes. A step that is
/// then refused may have been carried out by an earlier attempt whose answer was lost: the caller says how to see that
/// it is done (<see cref="StepAsync"/>).
/// </summary>
internal sealed class CrashApi : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(5);
    private readonly HttpClient _http;
    private long _requests;
    private long _resent;
    private long _serverErrors;

    public CrashApi(Uri baseAddress)
    {
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5), MaxConnectionsPerServer = 16 })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public static string Organizer { get; } = AppProcess.DevelopmentKey("dev-organizer");

    public static string Approver { get; } = AppProcess.DevelopmentKey("dev-approver");

    /// <summary>Requests sent, resends included.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests sent again because no answer came, or a 5xx.</summary>
    public long Resent => Interlocked.Read(ref _resent);

    /// <summary>5xx answers among them.</summary>
    public long ServerErrors => Interlocked.Read(ref _serverErrors);

    /// <summary>Steps refused on a resend because an earlier attempt, whose answer was lost, had done them.</summary>
    public int DoneByEarlierAttempt { get; private set; }

    /// <summary>Sends until an answer that is not a 5xx comes; its status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(Func<HttpRequestMessage> request, string what, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        while (true)
        {
            Interlocked.Increment(ref _requests);
            try
            {
                using var message = request();
                using var response = await _http.SendAsync(message, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if ((int)response.StatusCode < 500)
                {
                    return (response.StatusCode, body);
                }

                Interlocked.Increment(ref _serverErrors);
                Suite.Log($"{what}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
            }
            catch (HttpRequestException)
            {
                // No answer: the app is down or restarting.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // No answer in time.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what}: no answer within {GiveUpAfter.TotalMinutes} minutes.");
            }

            Interlocked.Increment(ref _resent);
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    /// <summary>
    /// A change: sent until answered; an answer other than <paramref name="ok"/> is accepted only when
    /// <paramref name="done"/> then shows the change made (by an earlier attempt whose answer was lost).
    /// </summary>
    public async Task StepAsync(Func<HttpRequestMessage> request, HttpStatusCode ok, Func<Task<bool>> done, string what, CancellationToken cancellationToken)
    {
        var (status, body) = await SendAsync(request, what, cancellationToken);
        if (status == ok)
        {
            return;
        }

        if (await done())
        {
            DoneByEarlierAttempt++;
            Suite.Log($"{what}: {(int)status}, already done by an earlier attempt.");
            return;
        }

        throw new InvalidOperationException($"{what}: {(int)status} {body[..Math.Min(body.Length, 1000)]}");
    }

    public async Task<T> GetAsync<T>(string path, string? key, CancellationToken cancellationToken)
    {
        var (status, body) = await SendAsync(() => Request(HttpMethod.Get, path, key), $"GET {path}", cancellationToken);
        // 202 is an instance's status while it runs (Durable Functions' answer); 200 everything else.
        return status is HttpStatusCode.OK or HttpStatusCode.Accepted
            ? JsonSerializer.Deserialize<T>(body, Json)!
            : throw new InvalidOperationException($"GET {path}: {(int)status} {body[..Math.Min(body.Length, 500)]}");
    }

    /// <summary>GET that may find nothing yet: null on 404.</summary>
    public async Task<T?> FindAsync<T>(string path, string? key, CancellationToken cancellationToken)
        where T : class
    {
        var (status, body) = await SendAsync(() => Request(HttpMethod.Get, path, key), $"GET {path}", cancellationToken);
        return status switch
        {
            HttpStatusCode.OK or HttpStatusCode.Accepted => JsonSerializer.Deserialize<T>(body, Json),
            HttpStatusCode.NotFound => null,
            _ => throw new InvalidOperationException($"GET {path}: {(int)status} {body[..Math.Min(body.Length, 500)]}"),
        };
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? key, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        return request;
    }

    public void Dispose() => _http.Dispose();
}
