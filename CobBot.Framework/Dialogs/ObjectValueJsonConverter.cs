using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Dialogs;

/// <summary>
/// For persisted properties typed <see cref="object"/>: writes the value's runtime type and reads it back
/// normalised (see <see cref="StateValues"/>) instead of as a <c>JsonElement</c>.
/// </summary>
internal sealed class ObjectValueJsonConverter : JsonConverter<object>
{
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        StateValues.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);
}
