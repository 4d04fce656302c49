using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CobBot.Framework.Schema;

/// <summary>
/// Writes activity dates as ISO-8601 with the sender's offset (<c>-07:00</c> stays <c>-07:00</c>) and UTC as
/// <c>Z</c>, as channels send them; trailing zero fractions are dropped. Reads ISO-8601 and, leniently, any
/// invariant-culture date, assuming UTC when no offset is given.
/// </summary>
internal sealed class BotDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    private const string UtcFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'";
    private const string OffsetFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }
        var text = reader.GetString();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
            ? value
            : throw new JsonException("A date must be an ISO-8601 string.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[40];
        var written = value.Offset == TimeSpan.Zero
            ? value.UtcDateTime.TryFormat(buffer, out var length, UtcFormat, CultureInfo.InvariantCulture)
            : value.TryFormat(buffer, out length, OffsetFormat, CultureInfo.InvariantCulture);
        if (!written)
        {
            throw new JsonException("The date could not be formatted.");
        }
        writer.WriteStringValue(buffer[..length]);
    }
}
