using Microsoft.EntityFrameworkCore;

namespace CobBot.Data;

/// <summary>Hands out the pooled <see cref="PostgresCobBotDbContext"/>s as the <see cref="CobBotDbContext"/>s the features ask for.</summary>
internal sealed class PostgresContextFactory(IDbContextFactory<PostgresCobBotDbContext> inner) : IDbContextFactory<CobBotDbContext>
{
    public CobBotDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<CobBotDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
