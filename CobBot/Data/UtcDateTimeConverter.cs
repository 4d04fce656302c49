using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CobBot.Data;

/// <summary>SQLite keeps no DateTimeKind: values read back are marked UTC so they convert correctly.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
