using System.Text.Json.Serialization;

namespace CobBot.Scheduling.Api;

/// <summary>A free slot; ISO 8601 times with the offset of the zone asked for.</summary>
public sealed record SlotResponse(
    [property: JsonPropertyName("start")] DateTimeOffset Start,
    [property: JsonPropertyName("end")] DateTimeOffset End)
{
    internal static SlotResponse From(FreeSlot slot) => new(slot.Start, slot.End);
}
