using CobBot.Framework.State;
using CobBot.Tests.Framework.State;
using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Tests.Framework.EntityFramework;

/// <summary>PostgreSQL setup, in a new schema per test.</summary>
public sealed class PostgresRelationalStorageTests : RelationalStorageTests, IRequiresPostgres
{
    private readonly List<ServiceProvider> _providers = [];
    private PostgresTestSchema? _schema;

    public override async Task InitializeAsync() => _schema = await PostgresTestSchema.CreateAsync();

    protected override Task<ServiceProvider> CreateServicesAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddPostgresBotStorage(_schema!.ConnectionString);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return Task.FromResult(provider);
    }

    public override async Task DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        if (_schema is not null) await _schema.DisposeAsync();
    }
}
