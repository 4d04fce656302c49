namespace CobBot.Recognition.Gemini;

/// <summary>Gemini answered, but not with JSON that fits the response schema.</summary>
public sealed class GeminiResponseException(string message) : Exception(message);
