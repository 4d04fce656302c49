using CobBot.Privacy;
using CobBot.Recognition.Entities;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace CobBot.Recognition.Gemini;

/// <summary>
/// Recognizes with Gemini through <see cref="IChatClient"/> and structured JSON output (<c>GetResponseAsync&lt;T&gt;</c>).
/// Gemini is reached through its OpenAI-compatible endpoint with Microsoft.Extensions.AI.OpenAI because that reuses a
/// maintained, already-referenced client and keeps the recognizer on the provider-neutral <see cref="IChatClient"/>
/// abstraction, instead of hand-writing and maintaining a client for the native <c>generateContent</c> API.
/// PHI is masked before anything is sent; entities are extracted locally from the original text and merged.
/// Failures throw; <see cref="FallbackRecognizer"/> turns them into an offline answer.
/// </summary>
public sealed class GeminiRecognizer : IRecognizer
{
    /// <summary>The <see cref="RecognizerResult.Source"/> of Gemini's results.</summary>
    public const string SourceName = "gemini";

    /// <summary>DI key of the Gemini <see cref="IChatClient"/>, so it never clashes with other chat clients.</summary>
    public const string ChatClientKey = "gemini";

    private readonly IChatClient _chatClient;
    private readonly IEntityExtractor _entities;
    private readonly PhiRedactor _redactor;
    private readonly ServiceTypeVocabulary _vocabulary;
    private readonly GeminiResultValidator _validator;
    private readonly TimeProvider _timeProvider;
    private readonly ChatOptions _chatOptions;

    /// <summary>Creates the recognizer.</summary>
    public GeminiRecognizer(
        [FromKeyedServices(ChatClientKey)] IChatClient chatClient,
        IEntityExtractor entities,
        PhiRedactor redactor,
        ServiceTypeVocabulary vocabulary,
        ConfirmationCodeExtractor codes,
        TimeProvider timeProvider,
        IOptions<GeminiOptions> options)
    {
        _chatClient = chatClient;
        _entities = entities;
        _redactor = redactor;
        _vocabulary = vocabulary;
        _validator = new GeminiResultValidator(vocabulary, codes);
        _timeProvider = timeProvider;
        _chatOptions = new ChatOptions
        {
            Temperature = 0,
            Reasoning = options.Value.ReasoningEffort is { } effort ? new ReasoningOptions { Effort = effort } : null,
        };
    }

    /// <inheritdoc />
    public async Task<RecognizerResult> RecognizeAsync(string text, TimeZoneInfo timeZone, CancellationToken cancellationToken = default)
    {
        var local = _entities.Extract(text, timeZone);
        var localNow = TimeZoneInfo.ConvertTime(_timeProvider.GetUtcNow(), timeZone);
        var messages = GeminiPrompt.Create(_redactor.Redact(text), localNow, timeZone, _vocabulary);

        var response = await _chatClient.GetResponseAsync<GeminiRecognitionResult>(
            messages, GeminiJsonContext.Default.Options, _chatOptions, useJsonSchemaResponseFormat: true, cancellationToken);

        return response.TryGetResult(out var answer)
            ? _validator.Validate(answer, local)
            : throw new GeminiResponseException("Gemini's answer is not JSON matching the recognition schema.");
    }
}
