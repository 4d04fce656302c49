namespace CobBot.Recognition;

/// <summary>The outcome of recognizing one utterance.</summary>
/// <param name="Intent">The top intent; one of <see cref="Intents"/>.</param>
/// <param name="Score">Confidence of the top intent, 0..1.</param>
/// <param name="Entities">Extracted entities.</param>
/// <param name="Sentiment">Sentiment from −1 (very negative) to 1 (very positive).</param>
/// <param name="Source">Which recognizer produced the result: <c>offline</c> or <c>gemini</c>.</param>
public sealed record RecognizerResult(string Intent, double Score, RecognizedEntities Entities, double Sentiment, string Source);
