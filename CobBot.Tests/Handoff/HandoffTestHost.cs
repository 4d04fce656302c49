using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CobBot.Admin;
using CobBot.Data;
using CobBot.Dialogs.Handoff;
using CobBot.Framework.Authentication;
using CobBot.Framework.Builder;
using CobBot.Framework.Connector;
using CobBot.Framework.Hosting;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using CobBot.Handoff;
using CobBot.Handoff.Api;
using CobBot.Tests.Data;
using CobBot.Tests.Framework.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Handoff;

/// <summary>
/// A fresh app per test with the real handoff, admin auth, database (migrated SQLite file) and bot endpoint; the
/// channel is a <see cref="RecordingConnectorClient"/> and the bot is <see cref="HandoffTestBot"/>. In-memory
/// (TestServer) by default, or on Kestrel at 127.0.0.1 for a browser.
/// </summary>
internal sealed partial class HandoffTestHost : IAsyncDisposable
{
    public const string ChannelId = Channels.Directline;
    public const string ServiceUrl = "https://directline.example.test/";
    public const string AdminPassword = "admin-password-42";

    private static readonly Dictionary<string, (string Password, string Role)> Users = new()
    {
        ["agent1"] = ("agent1-password", AdminRoles.Agent),
        ["agent2"] = ("agent2-password", AdminRoles.Agent),
        ["auditor"] = ("auditor-password", "reporting"),
    };

    // The hosts share EF Core's CobBotDbContext model (one internal service provider for equal options). Its first
    // initialisation is not safe to run from parallel test classes ("The model must be finalized and its runtime
    // dependencies must be initialized before 'GetRelationalModel' can be used" during the startup migration), so
    // hosts start — and migrate — one at a time.
    private static readonly SemaphoreSlim StartupGate = new(1, 1);

    private static readonly Lazy<Dictionary<string, string>> Hashes = new(() => Users.ToDictionary(u => u.Key, u => AdminUserStore.HashPassword(u.Value.Password)));

    private readonly WebApplication _app;
    private readonly TestDatabase _database;
    private int _nextActivityId;

    private HandoffTestHost(WebApplication app, TestDatabase database, Uri? baseAddress)
    {
        _app = app;
        _database = database;
        BaseAddress = baseAddress ?? new Uri("http://localhost/");
    }

    public Uri BaseAddress { get; }
    public IServiceProvider Services => _app.Services;
    public RecordingConnectorClient Connector => Services.GetRequiredService<RecordingConnectorClient>();
    public FakeTimeProvider Time => Services.GetRequiredService<FakeTimeProvider>();

    /// <summary>Starts the app at <paramref name="easternNow"/> (New York time, <c>yyyy-MM-dd HH:mm</c>).</summary>
    public static async Task<HandoffTestHost> StartAsync(string easternNow = "2026-11-23 17:00", bool kestrel = false)
    {
        var database = TestDatabase.CreateEmpty();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(Configuration(database));
        builder.Logging.ClearProviders();
        if (kestrel) builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        else builder.WebHost.UseTestServer();

        var services = builder.Services;
        var time = new FakeTimeProvider(Eastern.At(easternNow));
        services.AddSingleton(time).AddSingleton<TimeProvider>(time);
        services.AddCobBotData(builder.Configuration, builder.Environment);
        services.AddCobBotAdmin(builder.Configuration);
        // Tokens are issued on the fake clock (AdminTokenIssuer reads TimeProvider); validate them on it too.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.TokenValidationParameters.LifetimeValidator =
            (notBefore, expires, _, _) => notBefore <= time.GetUtcNow().UtcDateTime && time.GetUtcNow().UtcDateTime < expires);
        services.AddCobBotHandoff(builder.Configuration);
        services.AddSingleton<HandoffDialog>();
        services.AddSingleton<RecordingConnectorClient>().AddSingleton<IConnectorClient>(sp => sp.GetRequiredService<RecordingConnectorClient>());
        services.AddSingleton<TestAuthenticator>().AddSingleton<IBotAuthenticator>(sp => sp.GetRequiredService<TestAuthenticator>());
        services.AddSingleton<IStorage, MemoryStorage>().AddSingleton<ConversationState>().AddSingleton<UserState>();
        services.AddSingleton<IBot, HandoffTestBot>();
        services.AddBotFrameworkHosting();

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapBotMessages();
        app.MapAdminLoginApi();
        app.MapHandoffApi();
        await StartupGate.WaitAsync();
        try
        {
            await app.StartAsync();
        }
        finally
        {
            StartupGate.Release();
        }
        var address = kestrel ? new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single()) : null;
        return new HandoffTestHost(app, database, address);
    }

    private static Dictionary<string, string?> Configuration(TestDatabase database)
    {
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Admin:Jwt:SigningKey"] = "handoff-tests-signing-key-0123456789abcdef",
            ["Admin:AdminPassword"] = AdminPassword,
        };
        var index = 0;
        foreach (var (name, (_, role)) in Users)
        {
            settings[$"Admin:Users:{index}:Username"] = name;
            settings[$"Admin:Users:{index}:PasswordHash"] = Hashes.Value[name];
            settings[$"Admin:Users:{index}:Roles:0"] = role;
            index++;
        }
        return settings;
    }

    /// <summary>A client without credentials.</summary>
    public HttpClient CreateClient() =>
        _app.Services.GetRequiredService<IServer>() is TestServer server ? server.CreateClient() : new HttpClient { BaseAddress = BaseAddress };

    /// <summary>A client signed in as <paramref name="username"/> (<c>admin</c> or one of the test users).</summary>
    public async Task<HttpClient> SignInAsync(string username)
    {
        var client = CreateClient();
        var password = username == "admin" ? AdminPassword : Users[username].Password;
        var response = await client.PostAsJsonAsync("/api/admin/login", new { username, password });
        response.EnsureSuccessStatusCode();
        var login = await response.Content.ReadFromJsonAsync<LoginResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login!.AccessToken);
        return client;
    }

    public CobBotDbContext CreateDbContext() => _database.CreateDbContext();

    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
