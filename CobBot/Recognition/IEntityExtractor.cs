namespace CobBot.Recognition;

/// <summary>Finds entities (service type, date, time, name, email, phone, confirmation code) in an utterance, locally.</summary>
public interface IEntityExtractor
{
    /// <summary>Extracts entities; relative dates resolve against the current time in <paramref name="timeZone"/>.</summary>
    RecognizedEntities Extract(string text, TimeZoneInfo timeZone);
}
