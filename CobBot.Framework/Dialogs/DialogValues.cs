using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Dialogs;

/// <summary>
/// A persisted bag of values (waterfall <see cref="WaterfallStepContext.Values"/>, <see cref="DialogInstance.State"/>).
/// </summary>
/// <remarks>
/// The bag is saved as plain JSON, without type names, so after the state is reloaded on a later turn the indexer
/// returns JSON-shaped values: <see cref="string"/>, <see cref="long"/> for integers, <see cref="decimal"/> (or
/// <see cref="double"/> when out of range) for other numbers, <see cref="bool"/>, <see cref="List{T}"/> of
/// <see cref="object"/> and nested <see cref="DialogValues"/> — never <c>JsonElement</c>. An <see cref="int"/>
/// stored in one turn is therefore a <see cref="long"/> in the next, and a record is a nested bag:
/// read values with <see cref="Get{T}"/>, which converts them back to the type you ask for (and keeps the
/// converted value, so changes made to a returned object are saved).
/// </remarks>
[JsonConverter(typeof(DialogValuesJsonConverter))]
public sealed class DialogValues : Dictionary<string, object?>
{
    /// <summary>Creates an empty bag (keys are case-sensitive).</summary>
    public DialogValues()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>Reads a value as <typeparamref name="T"/>, converting a reloaded JSON-shaped value when needed.</summary>
    /// <exception cref="KeyNotFoundException">The key is absent.</exception>
    /// <exception cref="InvalidCastException">The value cannot be read as <typeparamref name="T"/>.</exception>
    public T? Get<T>(string key)
    {
        if (!TryGetValue(key, out var value)) throw new KeyNotFoundException($"The dialog value '{key}' is not set.");
        return Read<T>(key, value);
    }

    /// <summary>Reads a value as <typeparamref name="T"/> when the key is present.</summary>
    /// <exception cref="InvalidCastException">The value cannot be read as <typeparamref name="T"/>.</exception>
    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        if (!TryGetValue(key, out var stored))
        {
            value = default;
            return false;
        }
        value = Read<T>(key, stored)!;
        return true;
    }

    private T? Read<T>(string key, object? stored)
    {
        var value = StateValues.ConvertTo<T>(stored, key);
        if (value is not null && !ReferenceEquals(value, stored)) this[key] = value;
        return value;
    }
}
