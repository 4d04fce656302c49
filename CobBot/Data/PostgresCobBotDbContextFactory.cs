using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CobBot.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add --context PostgresCobBotDbContext</c> build the PostgreSQL context without starting
/// the app; the connection string is never opened.
/// </summary>
public sealed class PostgresCobBotDbContextFactory : IDesignTimeDbContextFactory<PostgresCobBotDbContext>
{
    /// <inheritdoc />
    public PostgresCobBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCobBotDbContext>().UseNpgsql("Host=localhost;Database=cobbot").Options);
}
