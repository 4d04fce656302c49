using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CobBot.Data;

/// <summary>Writes a <see cref="DateTimeOffset"/> as the same instant in UTC (PostgreSQL's <c>timestamptz</c> takes offset 0 only).</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value);
