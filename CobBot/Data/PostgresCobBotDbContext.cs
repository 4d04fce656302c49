using Microsoft.EntityFrameworkCore;

namespace CobBot.Data;

/// <summary>
/// <see cref="CobBotDbContext"/> on PostgreSQL: the same model, its own migrations (<c>Data/Migrations/Postgres</c>, the
/// EF Core pattern of one context type per provider). PostgreSQL stores <c>timestamp with time zone</c> in UTC only,
/// so every <see cref="DateTimeOffset"/> is written converted to UTC.
/// </summary>
public sealed class PostgresCobBotDbContext(DbContextOptions<PostgresCobBotDbContext> options) : CobBotDbContext(options)
{
    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
