using CobBot.Admin;
using CobBot.Analytics;
using CobBot.Chat;
using CobBot.Framework.DirectLine;
using CobBot.Framework.Hosting;
using CobBot.Handoff.Api;
using CobBot.Operations;
using CobBot.Scheduling.Api;
using Scalar.AspNetCore;

namespace CobBot.App;

/// <summary>The app's HTTP pipeline and endpoints.</summary>
public static class CobBotApplicationExtensions
{
    /// <summary>
    /// Problem details for errors, the rate limiter, then the endpoints: <c>/api/messages</c> (Bot Framework),
    /// <c>/api/chat</c>, <c>/api/health</c>, <c>/api/admin/login</c>, <c>/api/admin/dashboard</c>, scheduling
    /// (<c>/api/appointments</c>, <c>/api/availability</c>, <c>/api/admin/appointments</c>), handoff (escalations,
    /// transcripts, the agent console at <c>/agent</c>), the web chat page at <c>/</c> with the self-hosted Direct Line
    /// (<c>/v3/directline</c>, <c>/api/directline/token</c>),
    /// <c>/openapi/v1.json</c> and the API reference at <c>/docs</c> (served offline, no font CDN).
    /// </summary>
    public static WebApplication MapCobBot(this WebApplication app)
    {
        // Malformed requests (e.g. a query value that is not a date) keep their 400 instead of becoming a 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseRateLimiter();
        // The web chat page at "/" and the Direct Line middleware (WebSockets, CORS) run before the endpoints.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseDirectLine();
        app.MapCobBotOperations();
        // Built now so that in Development a generated admin password is printed at start, not at the first login.
        app.Services.GetRequiredService<AdminUserStore>();

        app.MapBotMessages();
        app.MapChatApi();
        app.MapHealthApi();
        app.MapAdminLoginApi();
        app.MapDashboardApi();
        app.MapSchedulingApi();
        app.MapHandoffApi();
        app.MapDirectLine();
        app.MapDirectLineTokenEndpoint().RequireRateLimiting(ChatApi.RateLimitPolicy);
        app.MapOpenApi();
        app.MapScalarApiReference("/docs", options => options.DisableDefaultFonts());
        return app;
    }
}
