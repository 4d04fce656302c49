namespace CobBot.Operations.Telemetry;

/// <summary>HTTP middleware: counts the open Direct Line WebSocket streams (<c>/v3/directline/…</c> upgrade requests last as long as their socket).</summary>
public sealed class DirectLineConnectionMetrics(RequestDelegate next, CobBotMetrics metrics)
{
    /// <summary>Counts the request while it runs when it is a Direct Line WebSocket upgrade.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.WebSockets.IsWebSocketRequest || !context.Request.Path.StartsWithSegments("/v3/directline"))
        {
            await next(context);
            return;
        }

        metrics.DirectLineConnection(+1);
        try
        {
            await next(context);
        }
        finally
        {
            metrics.DirectLineConnection(-1);
        }
    }
}
