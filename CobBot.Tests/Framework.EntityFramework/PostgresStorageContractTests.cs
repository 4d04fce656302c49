using CobBot.Framework.State;
using CobBot.Tests.Framework.State;
using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Tests.Framework.EntityFramework;

/// <summary>The contract over <see cref="BotStorageServiceCollectionExtensions.AddPostgresBotStorage"/>, a new schema per test.</summary>
public sealed class PostgresStorageContractTests : StorageContractTests, IRequiresPostgres
{
    private PostgresTestSchema? _schema;
    private ServiceProvider? _services;

    protected override async Task<IStorage> CreateStorageAsync()
    {
        _schema = await PostgresTestSchema.CreateAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPostgresBotStorage(_schema.ConnectionString);
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<IStorage>();
    }

    public override async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        if (_schema is not null) await _schema.DisposeAsync();
    }
}
