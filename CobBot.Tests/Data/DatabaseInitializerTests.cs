using CobBot.Data;
using CobBot.Knowledge;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CobBot.Tests.Data;

/// <summary>The startup path as the app runs it: AddCobBotData + AddCobBotKnowledge in a real host.</summary>
public sealed class DatabaseInitializerTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "cobbot-tests", Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task Startup_creates_the_data_folder_migrates_switches_to_wal_and_loads_the_articles()
    {
        using var host = BuildHost();

        await host.StartAsync();

        var file = Path.Combine(_contentRoot, "App_Data", "cobbot.db");
        Assert.True(File.Exists(file));
        Assert.Equal("wal", await JournalModeAsync(file));
        Assert.True((await host.Services.GetRequiredService<IDatabaseHealth>().GetStatusAsync()).Healthy);
        var hits = await host.Services.GetRequiredService<IKnowledgeBase>().SearchAsync("refund policy", 1);
        Assert.Equal("refund-policy", Assert.Single(hits).ArticleId);
        await host.StopAsync();
    }

    [Fact]
    public async Task Restarting_on_an_existing_database_keeps_one_copy_of_each_article()
    {
        int firstCount;
        using (var first = BuildHost())
        {
            await first.StartAsync();
            firstCount = await CountArticlesAsync(first);
            await first.StopAsync();
        }

        using var second = BuildHost();
        await second.StartAsync();

        Assert.Equal(firstCount, await CountArticlesAsync(second));
        Assert.InRange(firstCount, 25, 40);
        await second.StopAsync();
    }

    [Fact]
    public async Task A_configured_articles_folder_replaces_the_embedded_articles()
    {
        var articles = Directory.CreateDirectory(Path.Combine(_contentRoot, "articles")).FullName;
        File.WriteAllText(Path.Combine(articles, "parking.md"), "---\nid: parking\ntitle: Parking\ncategory: Visit\ntags: car\n---\nPark in the garage.");
        using var host = BuildHost(("Knowledge:ArticlesPath", "articles"));

        await host.StartAsync();

        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(["parking"], await scope.ServiceProvider.GetRequiredService<CobBotDbContext>().KnowledgeArticles.Select(a => a.Id).ToListAsync());
        await host.StopAsync();
    }

    [Fact]
    public void An_unsupported_database_url_fails_at_registration()
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Path.GetTempPath() });
        builder.Configuration["DATABASE_URL"] = "mysql://u:p@host/db";

        Assert.Throws<InvalidOperationException>(() => builder.Services.AddCobBotData(builder.Configuration, builder.Environment));
    }

    [Fact]
    public void A_postgres_database_url_registers_the_postgres_context()
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Path.GetTempPath() });
        builder.Configuration["DATABASE_URL"] = "postgres://u:p@host/db";

        builder.Services.AddCobBotData(builder.Configuration, builder.Environment);
        using var services = builder.Services.BuildServiceProvider();
        using var db = services.GetRequiredService<IDbContextFactory<CobBotDbContext>>().CreateDbContext();

        Assert.IsType<PostgresCobBotDbContext>(db);
        Assert.Equal(DatabaseProvider.Postgres, services.GetRequiredService<DatabaseConnection>().Provider);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    private IHost BuildHost(params (string Key, string Value)[] settings)
    {
        // DisableDefaults: no environment variables, so a DATABASE_URL on the machine cannot leak in.
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = _contentRoot });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Services.AddLogging();
        builder.Services.AddCobBotData(builder.Configuration, builder.Environment);
        builder.Services.AddCobBotKnowledge(builder.Configuration, builder.Environment);
        return builder.Build();
    }

    private static async Task<int> CountArticlesAsync(IHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CobBotDbContext>().KnowledgeArticles.CountAsync();
    }

    private static async Task<string?> JournalModeAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (string?)await command.ExecuteScalarAsync();
    }
}
