using Microsoft.Data.Sqlite;

namespace CobBot.Data;

/// <summary>Works out the SQLite connection string from configuration.</summary>
public static class CobBotConnectionString
{
    /// <summary>Name under <c>ConnectionStrings</c>.</summary>
    public const string Name = "CobBot";

    /// <summary>The v1 deployment's environment variable, used when <c>ConnectionStrings:CobBot</c> is not set.</summary>
    public const string DatabaseUrlKey = "DATABASE_URL";

    /// <summary>
    /// <c>ConnectionStrings:CobBot</c> if set, else <c>DATABASE_URL</c> (SQLite URLs only), else
    /// <c>App_Data/cobbot.db</c>. A relative file path is anchored at <paramref name="contentRootPath"/> so the
    /// database never depends on the working directory.
    /// </summary>
    /// <exception cref="InvalidOperationException"><c>DATABASE_URL</c> is not a SQLite URL.</exception>
    public static string Resolve(IConfiguration configuration, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(configuration.GetConnectionString(Name) switch
        {
            { Length: > 0 } configured => configured,
            _ when configuration[DatabaseUrlKey] is { Length: > 0 } url => $"Data Source={SqliteDatabaseUrl.ToPath(url)}",
            _ => $"Data Source={Path.Combine("App_Data", "cobbot.db")}",
        });

        if (IsFile(builder) && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRootPath, builder.DataSource));
        }

        return builder.ConnectionString;
    }

    /// <summary>Creates the folder of the database file if it is missing (SQLite creates only the file).</summary>
    public static void EnsureDirectory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (IsFile(builder) && Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }

    private static bool IsFile(SqliteConnectionStringBuilder builder) =>
        builder.Mode != SqliteOpenMode.Memory && builder.DataSource.Length > 0 && builder.DataSource != ":memory:";
}
