using System.Threading.RateLimiting;
using CobBot.Company;
using CobBot.Admin;
using CobBot.Analytics;
using CobBot.Bots;
using CobBot.Chat;
using CobBot.Conversation;
using CobBot.Data;
using CobBot.Dialogs.Booking;
using CobBot.Dialogs.Handoff;
using CobBot.Dialogs.Knowledge;
using CobBot.Dialogs.Main;
using CobBot.Framework.Authentication;
using CobBot.Framework.Backplane;
using CobBot.Framework.Builder;
using CobBot.Framework.Connector;
using CobBot.Framework.DirectLine;
using CobBot.Framework.Hosting;
using CobBot.Framework.State;
using CobBot.Framework.Teams;
using CobBot.Handoff;
using CobBot.Knowledge;
using CobBot.Operations;
using CobBot.Privacy;
using CobBot.Recognition.Gemini;
using CobBot.Recognition.Offline;
using CobBot.Scheduling;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace CobBot.App;

/// <summary>The app's composition: every feature's registration, in dependency order.</summary>
public static class CobBotServiceCollectionExtensions
{
    /// <summary>Registers CobBot: data, knowledge, admin auth, recognition (offline, Gemini first when a key is set), scheduling, handoff, bot state, the Bot Framework protocol, the self-hosted Direct Line and Teams send limits, the bot and the HTTP APIs.</summary>
    public static IServiceCollection AddCobBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // One clock for the whole app; every feature's TryAdd finds it.
        services.AddSingleton(TimeProvider.System);

        services.AddCobBotData(configuration, environment);
        services.AddCobBotKnowledge(configuration, environment);
        services.AddCobBotAdmin(configuration);
        services.AddPhiRedaction();
        services.AddOfflineRecognizer();
        services.AddGeminiRecognizer<OfflineRecognizer>(configuration);
        services.AddCobBotState(configuration, environment);
        services.AddBotAuthentication(configuration);
        services.AddBotConnector(configuration);
        services.AddTeamsRateLimiting();
        services.AddDirectLine(configuration);
        var database = CobBotConnectionString.Resolve(configuration, environment.ContentRootPath);
        if (database.IsPostgres)
        {
            services.AddPostgresDirectLineStore(database.ConnectionString);
            // Instances on one PostgreSQL database hear each other's stream and live-feed signals.
            services.AddPostgresBackplane(database.ConnectionString);
        }
        else
        {
            services.AddSqliteDirectLineStore(database.ConnectionString);
        }
        services.AddCobBotScheduling(configuration);
        services.AddCobBotHandoff(configuration);
        services.AddCobBotConversation(configuration);
        services.AddCobBotHttpApis(configuration);
        services.AddCobBotOperations(configuration);
        return services;
    }

    /// <summary>IStorage (in the app database, on its provider, unless <see cref="BotStateOptions"/> say otherwise), ConversationState, UserState.</summary>
    private static void AddCobBotState(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(BotStateOptions.SectionName).Get<BotStateOptions>() ?? new BotStateOptions();
        var connectionString = configuration.GetConnectionString(BotStateOptions.ConnectionStringName);
        var database = CobBotConnectionString.Resolve(configuration, environment.ContentRootPath);
        switch (options.Provider)
        {
            case BotStateProvider.Postgres:
                services.AddPostgresBotStorage(connectionString is { Length: > 0 } postgres ? postgres
                    : throw new InvalidOperationException("BotState:Provider is Postgres but ConnectionStrings:BotState is not set."));
                break;
            case BotStateProvider.Sqlite:
                services.AddSqliteBotStorage(connectionString is { Length: > 0 } sqlite ? sqlite : database.IsPostgres
                    ? throw new InvalidOperationException("BotState:Provider is Sqlite on a PostgreSQL app database but ConnectionStrings:BotState is not set.")
                    : database.ConnectionString);
                break;
            case null when database.IsPostgres:
                services.AddPostgresBotStorage(database.ConnectionString);
                break;
            default:
                services.AddSqliteBotStorage(database.ConnectionString);
                break;
        }

        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
    }

    /// <summary>The bot: turn recognition, dialogs, the activity handler, analytics and the adapter.</summary>
    private static void AddCobBotConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCobBotCompany();
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.SectionName)
            .Validate(o => o.InterruptionScore is > 0 and <= 1 && o.KnowledgePassages >= 1, "Bot:InterruptionScore must be in (0, 1] and Bot:KnowledgePassages at least 1.")
            .ValidateOnStart();
        services.AddSingleton<TurnRecognizer>();
        services.AddSingleton(sp => new GroundedAnswerWriter(
            sp.GetKeyedService<IChatClient>(GeminiRecognizer.ChatClientKey),
            sp.GetRequiredService<PhiRedactor>(),
            sp.GetRequiredService<IOptions<GeminiOptions>>(),
            sp.GetRequiredService<ILogger<GroundedAnswerWriter>>()));
        services.AddSingleton<KnowledgeDialog>();
        services.AddSingleton<HandoffDialog>();
        services.AddCobBotBookingDialogs();
        services.AddSingleton<MainDialog>();
        services.AddSingleton<TurnAnalytics>();
        services.AddSingleton<DashboardService>();
        services.AddTransient<IBot, CobBotActivityHandler>();
        services.AddBotFrameworkHosting();
    }

    /// <summary>Problem details, OpenAPI, the chat API's runner and rate limit.</summary>
    private static void AddCobBotHttpApis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddOptions<ChatApiOptions>()
            .BindConfiguration(ChatApiOptions.SectionName)
            .Validate(o => o.MaxMessageLength > 0 && o.PermitsPerMinute > 0 && !string.IsNullOrWhiteSpace(o.ChannelId), "Chat: MaxMessageLength and PermitsPerMinute must be positive, ChannelId set.")
            .ValidateOnStart();
        services.AddSingleton<ChatTurnRunner>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ChatApi.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<ChatApiOptions>>().Value.PermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
    }
}
