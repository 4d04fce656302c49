using System.Text.Json.Nodes;
using CobBot.Framework.State;
using CobBot.Framework.State.EntityFramework;
using CobBot.Tests.Framework.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Framework.EntityFramework;

/// <summary>What the SQL of <see cref="EntityFrameworkStorage"/> must agree on with its EF model and the DI setup; one subclass per provider.</summary>
public abstract class RelationalStorageTests : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 14, 30, 0, TimeSpan.Zero));

    /// <summary>A new "process": its own service provider over the test's database, using <see cref="Time"/>.</summary>
    protected abstract Task<ServiceProvider> CreateServicesAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [StorageFact]
    public async Task Rows_written_with_sql_read_back_through_the_entity_model()
    {
        var services = await CreateServicesAsync();
        var storage = services.GetRequiredService<IStorage>();
        Assert.IsType<EntityFrameworkStorage>(storage);
        var document = new JsonObject { ["name"] = "Zoë", ["n"] = 1 };
        var created = await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(document, null) });
        Time.Advance(TimeSpan.FromMinutes(5));
        var updated = await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(document, created["k"]) });

        await using var db = await services.GetRequiredService<IDbContextFactory<StorageDbContext>>().CreateDbContextAsync();
        var row = await db.Items.AsNoTracking().SingleAsync();
        Assert.Equal("k", row.Key);
        Assert.Equal(updated["k"], row.ETag);
        Assert.Equal(Time.GetUtcNow(), row.UpdatedAt);
        Assert.True(JsonNode.DeepEquals(document, JsonNode.Parse(row.Document)));
    }

    [StorageFact]
    public async Task The_hosted_initializer_creates_the_table_at_startup()
    {
        var services = await CreateServicesAsync();

        foreach (var hosted in services.GetServices<IHostedService>()) await hosted.StartAsync(CancellationToken.None);

        await using var db = await services.GetRequiredService<IDbContextFactory<StorageDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Items.CountAsync());
    }

    [StorageFact]
    public async Task Initialising_an_existing_table_again_keeps_its_rows()
    {
        var first = (await CreateServicesAsync()).GetRequiredService<IStorage>();
        await first.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(new JsonObject { ["n"] = 1 }, null) });

        var second = (await CreateServicesAsync()).GetRequiredService<EntityFrameworkStorage>();
        await second.InitializeAsync();
        await second.InitializeAsync();

        Assert.Equal(1, (int)(await second.ReadAsync(["k"]))["k"].Document["n"]!);
    }
}
