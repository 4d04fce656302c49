namespace CobBot.Data;

/// <summary>
/// Reads the v1 deployment's <c>DATABASE_URL</c> (SQLAlchemy style): <c>sqlite:///relative/path.db</c> or
/// <c>sqlite:////absolute/path.db</c>. PostgreSQL URLs are read by <see cref="PostgresDatabaseUrl"/>; other schemes are rejected.
/// </summary>
public static class SqliteDatabaseUrl
{
    private const string Prefix = "sqlite:///";

    /// <summary>
    /// Returns the database file path in <paramref name="url"/>: relative paths stay relative, a fourth
    /// slash makes the path absolute.
    /// </summary>
    /// <exception cref="InvalidOperationException">The URL is not a SQLite file URL.</exception>
    public static string ToPath(string url)
    {
        if (!url.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            // Never echo the URL itself: a server URL may carry a password.
            var scheme = url.Contains("://", StringComparison.Ordinal) ? url[..url.IndexOf("://", StringComparison.Ordinal)] : "(none)";
            throw new InvalidOperationException(
                $"DATABASE_URL uses the scheme '{scheme}', which CobBot does not support. Use a SQLite URL " +
                "(sqlite:///relative/path.db or sqlite:////absolute/path.db), a PostgreSQL URL (postgres://user:password@host:5432/db, " +
                "with Database:Provider unset or Postgres) or set ConnectionStrings:CobBot.");
        }

        var path = url[Prefix.Length..];
        if (path.Length == 0 || path.Contains('?', StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                "DATABASE_URL must name a SQLite database file without query parameters, " +
                "e.g. sqlite:///App_Data/cobbot.db or sqlite:////var/lib/cobbot/cobbot.db.");
        }

        return Uri.UnescapeDataString(path);
    }
}
