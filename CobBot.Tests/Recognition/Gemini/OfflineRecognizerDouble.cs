using CobBot.Recognition;

namespace CobBot.Tests.Recognition.Gemini;

/// <summary>Stands in for the ML.NET offline recognizer: a fixed answer, and a count of calls.</summary>
internal sealed class OfflineRecognizerDouble : IRecognizer
{
    public static readonly RecognizerResult Answer = new(Intents.Help, 0.5, RecognizedEntities.Empty, 0, "offline");

    public int Calls { get; private set; }

    public Task<RecognizerResult> RecognizeAsync(string text, TimeZoneInfo timeZone, CancellationToken cancellationToken = default)
    {
        Calls++;
        return Task.FromResult(Answer);
    }
}
