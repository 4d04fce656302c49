using Microsoft.EntityFrameworkCore;

namespace CobBot.Framework.State.EntityFramework;

/// <summary>
/// The small context behind <see cref="EntityFrameworkStorage"/>. It owns one table, created with
/// <c>CREATE TABLE IF NOT EXISTS</c> rather than <c>EnsureCreated</c>, so it can share a database with the app's own context.
/// </summary>
public sealed class StorageDbContext(DbContextOptions<StorageDbContext> options) : DbContext(options)
{
    /// <summary>The stored state rows.</summary>
    public DbSet<BotStateItem> Items => Set<BotStateItem>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new BotStateItemConfiguration());
}
