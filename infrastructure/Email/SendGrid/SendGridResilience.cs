using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Response = SendGrid.Response;

namespace HdndWorkflow.Email.SendGrid;

/// <summary>
/// Retries and pacing for Mail Send, shared by every call in the process (a singleton). Retried: 429 and 5xx answers,
/// and connections that could not be opened, none of which delivered anything. A 429 waits as long as its
/// <c>Retry-After</c> or <c>X-RateLimit-Reset</c> says; 5xx and connection failures back off exponentially with
/// jitter. Not retried: 4xx (the request is wrong), timeouts and connections lost after the request went out (SendGrid
/// may have accepted it; sending again could deliver twice). After a 2xx whose <c>X-RateLimit-Remaining</c> is 0, the
/// next request waits for the reset. Every wait goes through the <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// These are the only retries: SendGrid's client is built with its own reliability settings at zero retries and on the
/// HttpClient from the factory, so it adds no retry handler of its own, which would also retry timeouts and could send
/// a request twice.
/// </remarks>
internal sealed class SendGridResilience
{
    private readonly TimeProvider _time;
    private readonly SendGridOptions _options;
    private readonly ILogger _logger;
    private long _notBeforeTicks;

    public SendGridResilience(SendGridOptions options, TimeProvider time, ILogger logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
        Pipeline = options.MaxRetries == 0
            ? ResiliencePipeline<Response>.Empty
            : new ResiliencePipelineBuilder<Response> { TimeProvider = time }
                .AddRetry(new RetryStrategyOptions<Response>
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.MaxRetryDelay,
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
                    DelayGenerator = args => ValueTask.FromResult(
                        args.Outcome.Result is { } response ? RateLimitHeaders.WaitFrom(response.Headers, _time.GetUtcNow()) : null),
                    OnRetry = args =>
                    {
                        Logs.SendGridRetry(_logger, (int?)args.Outcome.Result?.StatusCode, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception);
                        args.Outcome.Result?.Body?.Dispose();
                        return default;
                    },
                })
                .Build();
    }

    public ResiliencePipeline<Response> Pipeline { get; }

    /// <summary>Waits while an earlier response said the rate limit is used up.</summary>
    public async Task WaitForRateLimitAsync(CancellationToken cancellationToken)
    {
        var wait = new DateTimeOffset(Interlocked.Read(ref _notBeforeTicks), TimeSpan.Zero) - _time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            Logs.RateLimitPause(_logger, wait);
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Remembers a successful response's "no request left until the reset".</summary>
    public void Observe(Response response)
    {
        if (!response.IsSuccessStatusCode || !RateLimitHeaders.Exhausted(response.Headers))
        {
            return;
        }

        var now = _time.GetUtcNow();
        if (RateLimitHeaders.WaitFrom(response.Headers, now) is { } wait && wait <= _options.MaxRetryDelay)
        {
            var notBefore = (now + wait).UtcTicks;
            long current;
            do
            {
                current = Interlocked.Read(ref _notBeforeTicks);
            }
            while (notBefore > current && Interlocked.CompareExchange(ref _notBeforeTicks, notBefore, current) != current);
        }
    }

    /// <summary>True when a connection failure certainly happened before the request was sent.</summary>
    internal static bool FailedBeforeSending(HttpRequestException exception) =>
        exception.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError;

    private bool ShouldRetry(Outcome<Response> outcome) => outcome switch
    {
        { Result: { StatusCode: HttpStatusCode.TooManyRequests } response } =>
            // A reset further away than we are willing to wait fails now, with RetryAfter, for a durable timer.
            RateLimitHeaders.WaitFrom(response.Headers, _time.GetUtcNow()) is not { } wait || wait <= _options.MaxRetryDelay,
        { Result: { } response } => (int)response.StatusCode >= 500,
        { Exception: HttpRequestException e } => FailedBeforeSending(e),
        _ => false,
    };
}
