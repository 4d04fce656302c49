using System.Text.Json;
using CobBot.Framework.State;

namespace CobBot.Framework.Dialogs;

/// <summary>Turns persisted JSON back into plain values and plain values into the type a caller asks for.</summary>
internal static class StateValues
{
    /// <summary>
    /// The JSON-shaped CLR value of an element: string, long, decimal (double when out of decimal's range), bool,
    /// null, <see cref="List{T}"/> of object, or <see cref="DialogValues"/> for objects.
    /// </summary>
    public static object? Normalize(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.TryGetDecimal(out var m) ? m : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(Normalize).ToList(),
        JsonValueKind.Object => NormalizeObject(element),
        _ => null,
    };

    /// <summary>The bag of a JSON object's properties, normalised.</summary>
    public static DialogValues NormalizeObject(JsonElement element)
    {
        var values = new DialogValues();
        foreach (var property in element.EnumerateObject()) values[property.Name] = Normalize(property.Value);
        return values;
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
            return JsonSerializer.SerializeToElement(value, value.GetType(), StateJson.Options).Deserialize<T>(StateJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new InvalidCastException($"The dialog value '{name}' ({value.GetType().Name}) cannot be read as {typeof(T).Name}.", ex);
        }
    }
}
