using System.Text.Json.Serialization;

namespace CobBot.Framework.Schema;

/// <summary>Source-generated serialisation metadata for the Bot Framework schema.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(Activity[]))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(Mention))]
[JsonSerializable(typeof(Entity))]
public sealed partial class BotJsonContext : JsonSerializerContext;
