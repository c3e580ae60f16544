using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HdndWorkflow.Email.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port standing in for SendGrid's Mail Send endpoint: it records every
/// request and answers with the scripted responses in order, then 202 with an X-Message-Id.
/// </summary>
public sealed class FakeSendGrid : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _count;

    private FakeSendGrid(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeSendGrid> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSendGrid(app);
        app.MapPost("/v3/mail/send", server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.Single());
        return server;
    }

    /// <summary>The next unscripted request gets this answer.</summary>
    public void Then(int status, string? body = null, params (string Name, string Value)[] headers) =>
        _script.Enqueue(new ScriptedResponse(status, body, headers));

    /// <summary>The next unscripted request is received, then answered only after <paramref name="delay"/> (or never, if the client gives up).</summary>
    public void ThenHang(TimeSpan delay) => _script.Enqueue(new ScriptedResponse(202, null, [], delay));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        _requests.Enqueue(new RecordedRequest(
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType ?? string.Empty,
            body,
            context.Request.Headers.UserAgent.ToString()));
        var number = Interlocked.Increment(ref _count);
        if (_script.TryDequeue(out var scripted))
        {
            if (scripted.Delay is { } delay)
            {
                try
                {
                    await Task.Delay(delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            context.Response.StatusCode = scripted.Status;
            foreach (var (name, value) in scripted.Headers)
            {
                context.Response.Headers[name] = value;
            }

            if (scripted.Body is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(scripted.Body);
            }

            return;
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
        context.Response.Headers["X-Message-Id"] = $"msg-{number}";
    }

    private sealed record ScriptedResponse(int Status, string? Body, (string Name, string Value)[] Headers, TimeSpan? Delay = null);
}

/// <summary>One request the fake received.</summary>
public sealed record RecordedRequest(string Authorization, string ContentType, string Body, string UserAgent)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public int Personalizations => Json.GetProperty("personalizations").GetArrayLength();
}
