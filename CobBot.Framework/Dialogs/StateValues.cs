using System.Text.Json;
using CobBot.Framework.State;

namespace CobBot.Framework.Dialogs;

/// <summary>Turns persisted JSON back into plain values and plain values into the type a caller asks for.</summary>
internal static class StateValues
{
    /// <summary>
    /// Reads the JSON value at <paramref name="reader"/> as its JSON-shaped CLR value: string, long, decimal (double when
    /// out of decimal's range), bool, null, <see cref="List{T}"/> of object, or <see cref="DialogValues"/> for objects.
    /// The reader must hold the whole value, as it does inside a converter's <c>Read</c>.
    /// </summary>
    public static object? Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out var l) ? l : reader.TryGetDecimal(out var m) ? m : reader.GetDouble(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.StartObject => ReadObject(ref reader),
        _ => null,
    };

    /// <summary>Reads the JSON object at <paramref name="reader"/> into a bag of its properties, each read by <see cref="Read"/>.</summary>
    public static DialogValues ReadObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("Dialog values must be a JSON object.");
        var values = new DialogValues();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            values[name] = Read(ref reader);
        }
        return values;
    }

    private static List<object?> ReadArray(ref Utf8JsonReader reader)
    {
        var items = new List<object?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) items.Add(Read(ref reader));
        return items;
    }

    /// <summary>
    /// <paramref name="value"/> as <typeparamref name="T"/>: itself when it already is one, otherwise converted
    /// through JSON with <see cref="StateJson.Options"/> — the same path a save and reload takes, so a long becomes
    /// an int, an ISO string a <see cref="DateTime"/> or <see cref="DateOnly"/>, and a bag a record.
    /// </summary>
    public static T? ConvertTo<T>(object? value, string name)
    {
        if (value is null) return default;
        if (value is T typed) return typed;
        try
        {
            // Through UTF-8 bytes rather than a JsonElement: no document to parse and index in between.
            return JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), StateJson.Options), StateJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new InvalidCastException($"The dialog value '{name}' ({value.GetType().Name}) cannot be read as {typeof(T).Name}.", ex);
        }
    }
}
