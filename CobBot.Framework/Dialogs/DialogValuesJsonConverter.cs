using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Dialogs;

/// <summary>Writes a <see cref="DialogValues"/> as a plain JSON object and reads it back normalised (see <see cref="StateValues"/>).</summary>
internal sealed class DialogValuesJsonConverter : JsonConverter<DialogValues>
{
    public override DialogValues Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        StateValues.ReadObject(ref reader);

    public override void Write(Utf8JsonWriter writer, DialogValues value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in value)
        {
            writer.WritePropertyName(key);
            JsonSerializer.Serialize(writer, item, item?.GetType() ?? typeof(object), options);
        }
        writer.WriteEndObject();
    }
}
