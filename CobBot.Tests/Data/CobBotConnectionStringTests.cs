using CobBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

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
    [InlineData("postgres://admin:s3cret@db.example/cobbot", "postgres")]
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

    private static string Resolve(string? connectionString, string? databaseUrl)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:CobBot"] = connectionString,
            ["DATABASE_URL"] = databaseUrl,
        }).Build();
        return CobBotConnectionString.Resolve(configuration, ContentRoot);
    }

    private static string DataSource(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;
}
