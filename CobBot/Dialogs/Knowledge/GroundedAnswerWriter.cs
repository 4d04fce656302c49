using CobBot.Knowledge;
using CobBot.Privacy;
using CobBot.Recognition.Gemini;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace CobBot.Dialogs.Knowledge;

/// <summary>
/// Turns knowledge passages into an answer. Without a Gemini key the answer is the best passage itself. With one,
/// Gemini (the recognizer's <see cref="IChatClient"/>) writes a short answer only from the retrieved passages; the
/// question is PHI-masked first. When the model says the passages do not answer, there is no answer (null): the passages
/// were retrieved for words, not for the fact asked, and showing one would answer something else. If the model fails or
/// times out, the best passage is the answer — the customer gets a real answer from COB's articles, never an invented one.
/// </summary>
public sealed partial class GroundedAnswerWriter(
    IChatClient? chatClient, PhiRedactor redactor, IOptions<GeminiOptions> options, ILogger<GroundedAnswerWriter> logger)
{
    private readonly ChatOptions _chatOptions = new()
    {
        Temperature = 0,
        Reasoning = options.Value.ReasoningEffort is { } effort ? new ReasoningOptions { Effort = effort } : null,
    };

    /// <summary>
    /// Answers <paramref name="question"/> from <paramref name="passages"/> (best first, at least one); null when the model
    /// says they do not answer it.
    /// </summary>
    public async Task<KnowledgeAnswer?> WriteAsync(string question, IReadOnlyList<KnowledgePassage> passages, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(passages.Count);
        var fallback = new KnowledgeAnswer(passages[0].Text, [passages[0]], Generated: false);
        if (chatClient is null) return fallback;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            var messages = GroundedAnswerPrompt.Create(redactor.Redact(question), passages);
            var response = await chatClient.GetResponseAsync<GroundedAnswerResult>(
                messages, GroundedAnswerJsonContext.Default.Options, _chatOptions, useJsonSchemaResponseFormat: true, timeout.Token);
            if (response.TryGetResult(out var result) && !result.Answered)
            {
                LogNotAnswered();
                return null;
            }

            if (result is null || string.IsNullOrWhiteSpace(result.Answer))
            {
                LogFallback("no grounded answer");
                return fallback;
            }

            var sources = result.Sources.Where(n => n >= 1 && n <= passages.Count).Distinct().Select(n => passages[n - 1]).ToList();
            return new KnowledgeAnswer(result.Answer.Trim(), sources.Count > 0 ? sources : [passages[0]], Generated: true);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Never the message: an HTTP error body may echo the request.
            LogFallback(exception is OperationCanceledException ? "timeout" : exception.GetType().Name);
            return fallback;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The retrieved passages do not answer the question; no answer given.")]
    private partial void LogNotAnswered();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grounded answer unavailable ({Reason}); answered with the best passage.")]
    private partial void LogFallback(string reason);
}
