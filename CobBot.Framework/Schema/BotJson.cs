using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Schema;

/// <summary>
/// The JSON conventions of the Bot Framework wire: camelCase, nulls omitted, case-insensitive reads.
/// Serialisation of schema types goes through the source-generated <see cref="BotJsonContext"/>.
/// </summary>
public static class BotJson
{
    /// <summary>Options for every Bot Framework payload.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(BotJsonContext.Default.Options);
        options.TypeInfoResolverChain.Add(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Serialises an activity to its wire form.</summary>
    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

    /// <summary>Reads an activity from its wire form; throws <see cref="JsonException"/> on malformed JSON.</summary>
    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity);
}
