using System.Net;
using CobBot.BenchBot;
using CobBot.Framework.Hosting;

// The bench bot: env PORT (default 3979) and STORAGE=memory|sqlite|postgres (default memory; postgres needs
// ConnectionStrings__Postgres naming the server). See bench/README.md.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var port = builder.Configuration.GetValue("PORT", 3979);
var storage = Enum.Parse<BenchStorage>(builder.Configuration["STORAGE"] ?? nameof(BenchStorage.Memory), ignoreCase: true);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Listen(IPAddress.Loopback, port);
});

using var sqlite = storage == BenchStorage.Sqlite ? new TemporarySqliteDatabase() : null;
using var postgres = storage == BenchStorage.Postgres
    ? TemporaryPostgresDatabase.Create(builder.Configuration.GetConnectionString("Postgres")
        ?? throw new InvalidOperationException("STORAGE=postgres needs ConnectionStrings__Postgres (an Npgsql connection string of the server)."))
    : null;
builder.Services.AddBenchBot(builder.Configuration, storage, sqlite?.ConnectionString ?? postgres?.ConnectionString);

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapBotMessages();
app.Lifetime.ApplicationStarted.Register(() =>
    Console.WriteLine($"bench bot (CobBot.Framework, {storage} storage) listening on http://127.0.0.1:{port}/api/messages pid={Environment.ProcessId}"));
app.Run();
