using CobBot.Operations.Health;
using CobBot.Operations.Telemetry;

namespace CobBot.Operations;

/// <summary>Running the app in production: health probes and telemetry.</summary>
public static class OperationsExtensions
{
    /// <summary>Registers the health checks and OpenTelemetry; call after every feature (it decorates their services).</summary>
    public static IServiceCollection AddCobBotOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCobBotHealthChecks();
        services.AddCobBotTelemetry(configuration);
        return services;
    }

    /// <summary>The outbox backlog gauge, the Direct Line connection counter (before the endpoints), <c>/health/live</c>, <c>/health/ready</c> and, when configured, <c>/metrics</c>.</summary>
    public static WebApplication MapCobBotOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<DirectLineConnectionMetrics>();
        // Created now so the backlog gauge exists from the start.
        app.Services.GetRequiredService<OutboxBacklog>();
        app.MapCobBotHealthChecks();
        app.MapCobBotPrometheus();
        return app;
    }
}
