using Npgsql;

namespace CobBot.Data;

/// <summary>Reads a <c>DATABASE_URL</c> of the form <c>postgres://user:password@host:port/database</c> (or <c>postgresql://</c>).</summary>
public static class PostgresDatabaseUrl
{
    /// <summary>Whether <paramref name="url"/> uses the <c>postgres</c> or <c>postgresql</c> scheme.</summary>
    public static bool IsPostgres(string url) =>
        url.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The Npgsql connection string for <paramref name="url"/>: user name and password are URL-decoded, the port
    /// defaults to 5432 and query parameters (e.g. <c>?sslmode=require</c>) become connection string keywords.
    /// </summary>
    /// <exception cref="InvalidOperationException">The URL is malformed; the message never quotes it (it may hold a password).</exception>
    public static string ToConnectionString(string url)
    {
        if (!IsPostgres(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw Malformed("it needs a host, e.g. postgres://user:password@db.example:5432/cobbot");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            throw Malformed("it must name one database after the host, e.g. postgres://user:password@db.example/cobbot");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort ? NpgsqlConnection.DefaultPort : uri.Port,
            Database = database,
        };
        if (uri.UserInfo.Length > 0)
        {
            var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(separator < 0 ? uri.UserInfo : uri.UserInfo[..separator]);
            if (separator >= 0) builder.Password = Uri.UnescapeDataString(uri.UserInfo[(separator + 1)..]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            try
            {
                builder[key] = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
            catch (ArgumentException)
            {
                throw Malformed($"its query parameter '{key}' is not an Npgsql connection string keyword");
            }
        }

        return builder.ConnectionString;
    }

    private static InvalidOperationException Malformed(string reason) =>
        new($"DATABASE_URL is not a valid PostgreSQL URL: {reason}.");
}
