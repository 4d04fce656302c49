using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CobBot.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the context without starting the app. Only the model is
/// needed to scaffold a migration; the connection string is never opened.
/// </summary>
public sealed class CobBotDbContextFactory : IDesignTimeDbContextFactory<CobBotDbContext>
{
    /// <inheritdoc />
    public CobBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CobBotDbContext>().UseSqlite("Data Source=App_Data/cobbot.db").Options);
}
