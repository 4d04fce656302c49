using CobBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace CobBot.Tests.Data;

public class CobBotConnectionStringTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "cobbot-root");

    [Theory]
    [InlineData(null, null, "App_Data/cobbot.db")]
    [InlineData("Data Source=data/bot.db", null, "data/bot.db")]
    [InlineData(null, "sqlite:///db/seed.db", "db/seed.db")]
    [InlineData(null, "SQLITE:///my%20data/seed.db", "my data/seed.db")]
    [InlineData("Data Source=wins.db", "sqlite:///loses.db", "wins.db")]
    public void Relative_paths_are_anchored_at_the_content_root(string? connectionString, string? databaseUrl, string expectedRelative)
    {
        var resolved = Resolve(connectionString, databaseUrl);

        Assert.Equal(Path.Combine(ContentRoot, expectedRelative), DataSource(resolved));
    }

    [Fact]
    public void An_absolute_sqlite_url_keeps_its_path()
    {
        var resolved = Resolve(null, "sqlite:////var/lib/cobbot/cobbot.db");

        Assert.Equal("/var/lib/cobbot/cobbot.db", DataSource(resolved));
    }

    [Fact]
    public void An_in_memory_connection_string_is_left_alone()
    {
        var resolved = Resolve("Data Source=:memory:", null);

        Assert.Equal(":memory:", DataSource(resolved));
    }

    [Theory]
    [InlineData("mysql://root:s3cret@localhost/cobbot", "mysql")]
    [InlineData("cobbot.db", "(none)")]
    public void Other_database_urls_are_rejected_without_echoing_credentials(string databaseUrl, string scheme)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(null, databaseUrl));

        Assert.Contains($"'{scheme}'", error.Message);
        Assert.Contains("sqlite:///", error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    [Theory]
    [InlineData("sqlite:///")]
    [InlineData("sqlite:///cobbot.db?mode=ro")]
    public void Sqlite_urls_without_a_plain_file_path_are_rejected(string databaseUrl)
    {
        Assert.Throws<InvalidOperationException>(() => Resolve(null, databaseUrl));
    }

    [Fact]
    public void EnsureDirectory_creates_the_missing_data_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cobbot-tests", Guid.NewGuid().ToString("N"));
        try
        {
            CobBotConnectionString.EnsureDirectory($"Data Source={Path.Combine(folder, "App_Data", "cobbot.db")}");

            Assert.True(Directory.Exists(Path.Combine(folder, "App_Data")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("postgres://cob%40bot:p%3Ass%2Fw%40rd@db.example:6543/cobbot", null)]
    [InlineData("postgresql://cob%40bot:p%3Ass%2Fw%40rd@db.example:6543/cobbot", "Postgres")]
    public void A_postgres_url_becomes_an_npgsql_connection_string_with_decoded_credentials(string databaseUrl, string? provider)
    {
        var resolved = ResolveConnection(null, databaseUrl, provider);

        Assert.Equal(DatabaseProvider.Postgres, resolved.Provider);
        var builder = new NpgsqlConnectionStringBuilder(resolved.ConnectionString);
        Assert.Equal(("db.example", 6543, "cobbot", "cob@bot", "p:ss/w@rd"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
        Assert.DoesNotContain("p:ss/w@rd", resolved.ToString());
    }

    [Fact]
    public void A_postgres_url_without_a_port_uses_5432_and_keeps_its_query_options()
    {
        var builder = new NpgsqlConnectionStringBuilder(ResolveConnection(null, "postgres://cob:pw@db.example/cobbot?sslmode=require", null).ConnectionString);

        Assert.Equal((5432, SslMode.Require), (builder.Port, builder.SslMode));
    }

    [Fact]
    public void The_postgres_provider_takes_an_npgsql_connection_string()
    {
        var resolved = ResolveConnection("Host=db;Database=cobbot;Username=cob", "sqlite:///ignored.db", "Postgres");

        Assert.Equal(new DatabaseConnection(DatabaseProvider.Postgres, "Host=db;Database=cobbot;Username=cob"), resolved);
    }

    [Theory]
    [InlineData("postgres://cob:s3cret@/cobbot")]
    [InlineData("postgres://cob:s3cret@db.example")]
    [InlineData("postgres://cob:s3cret@db.example/")]
    [InlineData("postgres://cob:s3cret@db.example/a/b")]
    [InlineData("postgres://cob:s3cret@db.example/cobbot?nokeyword=1")]
    [InlineData("postgres://cob:s3cret@db.example:notaport/cobbot")]
    public void Malformed_postgres_urls_stop_the_start_without_echoing_credentials(string databaseUrl)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ResolveConnection(null, databaseUrl, null));

        Assert.StartsWith("DATABASE_URL is not a valid PostgreSQL URL", error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    [Fact]
    public void The_postgres_provider_needs_a_connection_string_or_url()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ResolveConnection(null, null, "Postgres"));

        Assert.Contains("ConnectionStrings:CobBot", error.Message);
    }

    [Fact]
    public void The_sqlite_provider_rejects_a_postgres_url()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ResolveConnection(null, "postgres://cob:s3cret@db.example/cobbot", "Sqlite"));

        Assert.Contains("'postgres'", error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    private static string Resolve(string? connectionString, string? databaseUrl)
    {
        var resolved = ResolveConnection(connectionString, databaseUrl, null);
        Assert.Equal(DatabaseProvider.Sqlite, resolved.Provider);
        return resolved.ConnectionString;
    }

    private static DatabaseConnection ResolveConnection(string? connectionString, string? databaseUrl, string? provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CobBot"] = connectionString,
            ["DATABASE_URL"] = databaseUrl,
            ["Database:Provider"] = provider,
        }).Build();
        return CobBotConnectionString.Resolve(configuration, ContentRoot);
    }

    private static string DataSource(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;
}
