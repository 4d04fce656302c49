using Microsoft.Extensions.Options;

namespace CobBot.Operations.Telemetry;

/// <summary>The Prometheus scrape endpoint: <c>GET /metrics</c>, served only on <see cref="TelemetryOptions.PrometheusPort"/> (a 404 on the public port).</summary>
public static class PrometheusEndpoint
{
    /// <summary>Maps <c>/metrics</c> when a Prometheus port is configured.</summary>
    public static IEndpointRouteBuilder MapCobBotPrometheus(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetRequiredService<IOptions<TelemetryOptions>>().Value.PrometheusPort is { } port)
            endpoints.MapPrometheusScrapingEndpoint().RequireHost($"*:{port}").AllowAnonymous();
        return endpoints;
    }
}
