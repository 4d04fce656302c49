using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CobBot.Framework.Schema;

/// <summary>
/// The JSON conventions of the Bot Framework wire: camelCase, nulls omitted, case-insensitive reads, unknown
/// properties kept, dates with their offset, and empty <c>entities</c>/<c>attachments</c> arrays left out.
/// Text is written unescaped where JSON allows it (<c>&lt;at&gt;</c>, <c>+</c>, non-ASCII), as channels send it.
/// Schema types use the source-generated <see cref="BotJsonContext"/> metadata; other types fall back to reflection.
/// </summary>
/// <remarks>
/// Writing normalises only what carries no information: nulls and empty <c>entities</c>/<c>attachments</c> are
/// left out, a zero offset is written as <c>Z</c>, and trailing zeros of fractional seconds are dropped.
/// </remarks>
public static class BotJson
{
    /// <summary>Options for every Bot Framework payload, read or written.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(BotJsonModifiers.DropEmptyLists);

    /// <summary>
    /// Options for what the bot sends: as <see cref="Options"/>, and activities leave out <c>id</c>,
    /// <c>timestamp</c> and <c>serviceUrl</c>, which belong to the channel.
    /// </summary>
    public static JsonSerializerOptions OutgoingOptions { get; } =
        CreateOptions(BotJsonModifiers.DropEmptyLists, BotJsonModifiers.OmitChannelOwnedFields);

    private static readonly JsonTypeInfo<Activity> ActivityInfo = (JsonTypeInfo<Activity>)Options.GetTypeInfo(typeof(Activity));
    private static readonly JsonTypeInfo<Activity> OutgoingActivityInfo = (JsonTypeInfo<Activity>)OutgoingOptions.GetTypeInfo(typeof(Activity));

    /// <summary>Serialises an activity to its wire form, as received (all fields kept).</summary>
    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, ActivityInfo);

    /// <summary>Serialises an activity the bot sends to UTF-8 JSON without <c>id</c>, <c>timestamp</c> and <c>serviceUrl</c>.</summary>
    public static byte[] SerializeOutgoingToUtf8Bytes(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, OutgoingActivityInfo);

    /// <summary>Reads an activity from its wire form; throws <see cref="JsonException"/> on malformed JSON.</summary>
    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize(json, ActivityInfo);

    private static JsonSerializerOptions CreateOptions(params Action<JsonTypeInfo>[] modifiers)
    {
        var resolver = JsonTypeInfoResolver.Combine(BotJsonContext.Default, new DefaultJsonTypeInfoResolver());
        foreach (var modifier in modifiers)
        {
            resolver = resolver.WithAddedModifier(modifier);
        }
        var options = new JsonSerializerOptions(BotJsonContext.Default.Options)
        {
            TypeInfoResolver = resolver,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
