using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CobBot.Framework.Connector;

/// <summary>
/// Retries for Connector and token calls: 412, 429, 502, 503, 504 and transport failures, with jittered
/// exponential backoff or the server's <c>Retry-After</c>; at most three retries within thirty seconds in all. Other
/// statuses, 500 included, are not retried, nor is a 429 whose <c>Retry-After</c> would outlast the budget.
/// </summary>
internal static class ConnectorResilience
{
    public const int MaxRetryAttempts = 3;
    public static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(8);
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(30);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ILogger logger, TimeProvider timeProvider)
    {
        builder
            .AddTimeout(TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = BaseDelay,
                MaxDelay = MaxDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, timeProvider)),
                OnRetry = args => LogRetry(logger, args),
            })
            .AddTimeout(AttemptTimeout);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeProvider timeProvider) => outcome switch
    {
        { Result: { } response } => IsRetryable(response.StatusCode) && !(RetryAfter(response, timeProvider) > MaxRetryAfter),
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };

    private static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.PreconditionFailed
        or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - timeProvider.GetUtcNow(),
        _ => null,
    };

    private static ValueTask LogRetry(ILogger logger, OnRetryArguments<HttpResponseMessage> args)
    {
        var outcome = args.Outcome.Result is { } response ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : args.Outcome.Exception?.GetType().Name ?? "unknown";
        var host = args.Outcome.Result?.RequestMessage?.RequestUri?.Host;
        ConnectorLog.Retrying(logger, host, outcome, args.AttemptNumber + 1, args.RetryDelay);
        return ValueTask.CompletedTask;
    }
}
