using CobBot.Admin;
using CobBot.Data;
using CobBot.Email;
using CobBot.Scheduling;
using CobBot.Scheduling.Api;
using CobBot.Tests.Data;
using CobBot.Tests.Framework.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Scheduling;

/// <summary>
/// A fresh app per test: a migrated SQLite file, the real scheduling/email/admin registrations and endpoints on a
/// TestServer, a fake clock, collected logs and mail written to a pickup folder unless SMTP is configured.
/// </summary>
internal sealed class SchedulingTestHost : IAsyncDisposable
{
    /// <summary>Monday, March 2, 2026, 9:00 AM Eastern Standard Time.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    public const string SigningKey = "scheduling-tests-signing-key-0123456789abcdef";

    private readonly WebApplication _app;

    private SchedulingTestHost(WebApplication app, TestDatabase database)
    {
        _app = app;
        Database = database;
        Client = app.GetTestClient();
    }

    public TestDatabase Database { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _app.Services;
    public FakeTimeProvider Time => Get<FakeTimeProvider>();
    public CollectingLoggerProvider Logs => Get<CollectingLoggerProvider>();
    public string PickupDirectory => Path.Combine(Database.Folder, "mail-pickup");

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Starts a host; <paramref name="settings"/> add or override configuration keys.</summary>
    /// <param name="settings">Configuration overrides.</param>
    /// <param name="now">The fake clock's start.</param>
    /// <param name="runOutboxWorker">Whether the background outbox worker runs (tests usually drive the processor themselves).</param>
    /// <param name="dataFiles">Scheduling data files (name → JSON) that replace the shipped ones.</param>
    /// <param name="configure">Runs after the app's registrations, to replace services.</param>
    public static async Task<SchedulingTestHost> StartAsync(
        IDictionary<string, string?>? settings = null, DateTimeOffset? now = null, bool runOutboxWorker = false,
        IReadOnlyDictionary<string, string>? dataFiles = null, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateMigratedAsync();
        var dataDirectory = Path.Combine(database.Folder, "scheduling-data");
        Directory.CreateDirectory(dataDirectory);
        foreach (var (name, json) in dataFiles ?? new Dictionary<string, string>())
            File.WriteAllText(Path.Combine(dataDirectory, name), json);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Environment.EnvironmentName = Environments.Development;
        var logs = new CollectingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Email:PickupDirectory"] = Path.Combine(database.Folder, "mail-pickup"),
            ["Admin:Jwt:SigningKey"] = SigningKey,
            ["Admin:AdminPassword"] = "scheduling-tests-admin-password",
            ["Scheduling:DataDirectory"] = dataDirectory,
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);

        var services = builder.Services;
        services.AddSingleton(logs);
        services.AddSingleton(new FakeTimeProvider(now ?? DefaultNow));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<FakeTimeProvider>());
        database.AddDbContextFactory(services);
        services.AddCobBotScheduling(builder.Configuration);
        services.AddCobBotAdmin(builder.Configuration);
        // The fake clock is months away from the real one, which JwtBearer's lifetime check reads; signature,
        // issuer, audience and role checks stay real.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.TokenValidationParameters.ValidateLifetime = false);
        configure?.Invoke(services);
        if (!runOutboxWorker)
            services.Remove(services.Single(d => d.ImplementationType == typeof(OutboxDispatcher)));

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapSchedulingApi();
        await app.StartAsync();
        return new SchedulingTestHost(app, database);
    }

    /// <summary>A bearer token for a console user with <paramref name="roles"/>.</summary>
    public string TokenFor(params string[] roles) => Get<AdminTokenIssuer>().Issue(new AdminUser("tester", "", roles)).Token;

    /// <summary>A fresh context on the test database.</summary>
    public CobBotDbContext CreateDbContext() => Database.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}
