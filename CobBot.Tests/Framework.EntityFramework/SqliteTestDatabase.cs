using CobBot.Framework.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Tests.Framework.EntityFramework;

/// <summary>A temporary SQLite file; each <see cref="CreateStorage"/> is a new "process" (its own service provider) over it.</summary>
internal sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cobbot-state-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={Path}";

    public ServiceProvider CreateServices(TimeProvider? timeProvider = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (timeProvider is not null) services.AddSingleton(timeProvider);
        services.AddSqliteBotStorage(ConnectionString);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    public IStorage CreateStorage() => CreateServices().GetRequiredService<IStorage>();

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        // Pooled connections keep the file open; close them before deleting (WAL removes -wal/-shm on the last close).
        using (var connection = new SqliteConnection(ConnectionString)) SqliteConnection.ClearPool(connection);
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(Path + suffix);
    }
}
