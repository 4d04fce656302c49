using CobBot.Recognition;

namespace CobBot.Tests.Recognition.Offline;

/// <summary>Test double: returns the given entities and records what it was asked.</summary>
public sealed class FixedEntityExtractor(RecognizedEntities entities) : IEntityExtractor
{
    public List<(string Text, TimeZoneInfo TimeZone)> Calls { get; } = [];

    public RecognizedEntities Extract(string text, TimeZoneInfo timeZone)
    {
        Calls.Add((text, timeZone));
        return entities;
    }
}
