namespace CobBot.Data;

/// <summary>
/// Brings shipped reference data (knowledge articles, catalogues) into the database at startup, after the
/// migrations have run. Register implementations as scoped services; they run in registration order.
/// </summary>
public interface IDataSeeder
{
    /// <summary>Synchronises the seeder's data into <paramref name="db"/>; must be idempotent.</summary>
    Task SeedAsync(CobBotDbContext db, CancellationToken cancellationToken = default);
}
