using System.Text.Json.Serialization;

namespace CobBot.Framework.Schema;

/// <summary>
/// Source-generated serialisation metadata for the Bot Framework schema. Reading through it directly is fine;
/// write through <see cref="BotJson.Options"/> or <see cref="BotJson.OutgoingOptions"/>, which add the
/// empty-array and channel-owned-field rules on top of this metadata.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    Converters = [typeof(BotDateTimeOffsetConverter)])]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(Activity[]))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(Mention))]
[JsonSerializable(typeof(Entity))]
public sealed partial class BotJsonContext : JsonSerializerContext;
