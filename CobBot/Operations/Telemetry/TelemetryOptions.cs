namespace CobBot.Operations.Telemetry;

/// <summary>The <c>Telemetry</c> section. OTLP export is configured by the standard <c>OTEL_EXPORTER_OTLP_*</c> variables.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>
    /// The port that serves the Prometheus scrape endpoint <c>/metrics</c> (only there); null (the default) serves none.
    /// The app must also listen on it, e.g. <c>ASPNETCORE_HTTP_PORTS=8080;9464</c>.
    /// </summary>
    public int? PrometheusPort { get; set; }
}
