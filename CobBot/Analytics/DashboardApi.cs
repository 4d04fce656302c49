using CobBot.Admin;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CobBot.Analytics;

/// <summary>
/// <c>GET /api/admin/dashboard?from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>: conversation analytics for admins only
/// (<see cref="AdminRoles.AdminPolicy"/>) — agents work the escalation queue and do not need business figures.
/// </summary>
public static class DashboardApi
{
    /// <summary>The longest range one request may ask for.</summary>
    public const int MaxDays = 366;

    /// <summary>The range used when none is given: the last 30 days, today included.</summary>
    public const int DefaultDays = 30;

    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/admin/dashboard", GetAsync)
            .RequireAuthorization(AdminRoles.AdminPolicy)
            .WithName("AdminDashboard")
            .WithTags("Admin")
            .WithSummary("Conversation analytics: conversations, turns, intents, sentiment and knowledge feedback for a date range (UTC days).");
        return endpoints;
    }

    private static async Task<Results<Ok<DashboardReport>, ValidationProblem>> GetAsync(
        DateOnly? from, DateOnly? to, DashboardService dashboard, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var last = to ?? DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
        var first = from ?? last.AddDays(1 - DefaultDays);
        if (first > last)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["Must not be after 'to'."] });
        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["from"] = [$"The range may cover at most {MaxDays} days."] });

        return TypedResults.Ok(await dashboard.GetAsync(first, last, cancellationToken));
    }
}
