using CobBot.App;
using CobBot.Operations.Hosting;

// Command-line modes (`dotnet run --project CobBot -- eval` or `-- hash-password`) run instead of the web host.
if (await CobBotCommandLine.TryRunAsync(args, Console.In, Console.Out, Console.Error) is { } exitCode) return exitCode;

// The v1 deployment's ENVIRONMENT=production still selects Production when ASPNETCORE_ENVIRONMENT is not set.
var builder = WebApplication.CreateBuilder(CobBotEnvironment.CreateOptions(args, Environment.GetEnvironmentVariable)).UseLocalDefaultUrls();

// Everything the app needs: data, knowledge, admin auth, recognition, bot state, protocol, the bot, HTTP APIs.
builder.Services.AddCobBot(builder.Configuration, builder.Environment);

var app = builder.Build();

// Bot Framework endpoint, REST chat, health, admin, OpenAPI and /docs.
app.MapCobBot();

await app.RunAsync();
return 0;

/// <summary>The app's entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program;
