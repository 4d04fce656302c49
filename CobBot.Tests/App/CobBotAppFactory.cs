using CobBot.Data;
using CobBot.Recognition.Offline;
using CobBot.Tests.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CobBot.Tests.App;

/// <summary>
/// The real app (Program) on a test server with its own fresh SQLite file and the real offline recognizer (its
/// classifier trained once for all tests).
/// </summary>
public sealed class CobBotAppFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "correct-horse-battery-staple";

    private readonly TestDatabase _database = TestDatabase.CreateEmpty();
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly TimeProvider? _time;

    /// <summary>
    /// Creates the app with extra <paramref name="settings"/> and service replacements, and optionally a fake clock
    /// (not for tests that sign in: JWT bearer validation reads the real clock).
    /// </summary>
    public CobBotAppFactory(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, TimeProvider? time = null)
    {
        _settings = settings ?? [];
        _services = services;
        _time = time;
    }

    /// <summary>A context on the app's database, to seed or inspect it.</summary>
    public CobBotDbContext CreateDbContext() => Services.GetRequiredService<IDbContextFactory<CobBotDbContext>>().CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _database.Settings) builder.UseSetting(key, value);
        builder.UseSetting("Admin:AdminPassword", AdminPassword);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(TrainedClassifier.Instance);
            if (_time is not null) services.AddSingleton(_time);
            _services?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
