using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CobBot.Operations.Health;

/// <summary>
/// The probes: <c>GET /health/live</c> (the process serves requests; runs no check) and <c>GET /health/ready</c>
/// (database reachable and migrated, recognizer loaded, knowledge indexed; 503 otherwise). Anonymous, plain text
/// <c>Healthy</c>/<c>Unhealthy</c>, never cached.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The liveness path.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The readiness path.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>Registers the readiness checks, each tagged <see cref="HealthTags.Ready"/>.</summary>
    public static IServiceCollection AddCobBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadinessCheck>("database", tags: [HealthTags.Ready])
            .AddCheck<RecognizerReadinessCheck>("recognizer", tags: [HealthTags.Ready])
            .AddCheck<KnowledgeReadinessCheck>("knowledge", tags: [HealthTags.Ready]);
        return services;
    }

    /// <summary>Maps <see cref="LivePath"/> and <see cref="ReadyPath"/>.</summary>
    public static IEndpointRouteBuilder MapCobBotHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) }).AllowAnonymous();
        return endpoints;
    }
}
