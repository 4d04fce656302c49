using CobBot.Data;
using CobBot.Recognition.Gemini;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CobBot.App;

/// <summary><c>GET /api/health</c>: 200 when the database is connected and migrated, else 503; anonymous.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/health", GetAsync)
            .AllowAnonymous()
            .WithName("Health")
            .WithTags("Health")
            .WithSummary("Service health: status, timestamp, recognizer mode and circuit, database state.");
        return endpoints;
    }

    private static async Task<JsonHttpResult<HealthReport>> GetAsync(
        IDatabaseHealth database, RecognizerMode recognizer, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var status = await database.GetStatusAsync(cancellationToken);
        var report = new HealthReport(
            status.Healthy ? "healthy" : "unhealthy",
            timeProvider.GetUtcNow(),
            new RecognizerHealth(recognizer.Name, recognizer.Circuit),
            new DatabaseHealthReport(status.Connected, status.LastAppliedMigration, status.PendingMigrations));
        return TypedResults.Json(report, statusCode: status.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
