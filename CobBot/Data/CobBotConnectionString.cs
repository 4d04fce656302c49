using Microsoft.Data.Sqlite;

namespace CobBot.Data;

/// <summary>Works out the app database's engine and connection string from configuration.</summary>
public static class CobBotConnectionString
{
    /// <summary>Name under <c>ConnectionStrings</c>.</summary>
    public const string Name = "CobBot";

    /// <summary>The v1 deployment's environment variable, used when <c>ConnectionStrings:CobBot</c> is not set.</summary>
    public const string DatabaseUrlKey = "DATABASE_URL";

    /// <summary>
    /// The engine is <c>Database:Provider</c>, else PostgreSQL when <c>DATABASE_URL</c> is a <c>postgres://</c> URL, else
    /// SQLite. The connection string is <c>ConnectionStrings:CobBot</c> if set, else <c>DATABASE_URL</c> (a SQLite or
    /// PostgreSQL URL, per the engine), else — SQLite only — <c>App_Data/cobbot.db</c>. A relative SQLite file path is
    /// anchored at <paramref name="contentRootPath"/> so the database never depends on the working directory.
    /// </summary>
    /// <exception cref="InvalidOperationException">The settings name no usable database; the message never quotes a URL.</exception>
    public static DatabaseConnection Resolve(IConfiguration configuration, string contentRootPath)
    {
        var configured = configuration.GetConnectionString(Name) is { Length: > 0 } value ? value : null;
        var url = configuration[DatabaseUrlKey] is { Length: > 0 } urlValue ? urlValue : null;
        var provider = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider
            ?? (url is not null && PostgresDatabaseUrl.IsPostgres(url) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite);

        return provider == DatabaseProvider.Postgres
            ? new DatabaseConnection(provider, configured ?? (url is not null ? PostgresDatabaseUrl.ToConnectionString(url)
                : throw new InvalidOperationException("Database:Provider is Postgres but neither ConnectionStrings:CobBot nor DATABASE_URL is set.")))
            : new DatabaseConnection(provider, ResolveSqlite(configured, url, contentRootPath));
    }

    /// <summary>Creates the folder of a SQLite database file if it is missing (SQLite creates only the file).</summary>
    public static void EnsureDirectory(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (IsFile(builder) && Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }

    private static string ResolveSqlite(string? configured, string? url, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(configured
            ?? (url is not null ? $"Data Source={SqliteDatabaseUrl.ToPath(url)}" : $"Data Source={Path.Combine("App_Data", "cobbot.db")}"));
        if (IsFile(builder) && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRootPath, builder.DataSource));
        }

        return builder.ConnectionString;
    }

    private static bool IsFile(SqliteConnectionStringBuilder builder) =>
        builder.Mode != SqliteOpenMode.Memory && builder.DataSource.Length > 0 && builder.DataSource != ":memory:";
}
