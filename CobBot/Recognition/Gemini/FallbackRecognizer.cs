using System.ClientModel;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CobBot.Recognition.Gemini;

/// <summary>
/// Runs the primary (Gemini) recognizer inside a timeout and a circuit breaker and answers with the fallback
/// (offline) recognizer whenever the primary fails: timeout, HTTP error, 429, malformed JSON, schema violation.
/// A turn never fails because the model did. After <see cref="GeminiOptions.FailureThreshold"/> failures in a row the
/// circuit opens and the primary is skipped for <see cref="GeminiOptions.BreakDuration"/>; then one trial call decides.
/// Only the caller's own cancellation propagates.
/// </summary>
public sealed partial class FallbackRecognizer : IRecognizer
{
    private readonly IRecognizer _primary;
    private readonly IRecognizer _fallback;
    private readonly ILogger<FallbackRecognizer> _logger;
    private readonly CircuitBreakerStateProvider _circuit = new();
    private readonly ResiliencePipeline _pipeline;

    /// <summary>Creates the wrapper; <paramref name="timeProvider"/> drives both the timeout and the breaker.</summary>
    public FallbackRecognizer(
        IRecognizer primary, IRecognizer fallback, GeminiOptions options, TimeProvider timeProvider, ILogger<FallbackRecognizer> logger)
    {
        _primary = primary;
        _fallback = fallback;
        _logger = logger;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                // Every call in the sampling window failed and there were at least N of them: N failures in a row.
                FailureRatio = 1.0,
                MinimumThroughput = options.FailureThreshold,
                BreakDuration = options.BreakDuration,
                StateProvider = _circuit,
            })
            .AddTimeout(options.Timeout)
            .Build();
    }

    /// <summary>The breaker's state, for health reporting.</summary>
    public CircuitState CircuitState => _circuit.CircuitState;

    /// <inheritdoc />
    public async Task<RecognizerResult> RecognizeAsync(string text, TimeZoneInfo timeZone, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (state, token) => await state.Primary.RecognizeAsync(state.Text, state.TimeZone, token),
                (Primary: _primary, Text: text, TimeZone: timeZone),
                cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogFallback(Describe(exception));
            return await _fallback.RecognizeAsync(text, timeZone, cancellationToken);
        }
    }

    // Never the exception message: an HTTP error body may echo the request.
    private static string Describe(Exception exception) => exception switch
    {
        BrokenCircuitException => "circuit open",
        TimeoutRejectedException => "timeout",
        ClientResultException { Status: > 0 } http => $"HTTP {http.Status}",
        GeminiResponseException => "invalid answer",
        _ => exception.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gemini recognizer unavailable ({Reason}); answered with the offline recognizer.")]
    private partial void LogFallback(string reason);
}
