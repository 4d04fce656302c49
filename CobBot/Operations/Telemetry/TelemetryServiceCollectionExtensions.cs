using CobBot.Data;
using CobBot.Knowledge;
using CobBot.Recognition;
using CobBot.Recognition.Gemini;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CobBot.Operations.Telemetry;

/// <summary>OpenTelemetry for the app: traces and metrics, the bot's own instruments, OTLP and Prometheus export.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The variable that switches OTLP export on.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Registers <see cref="CobBotMetrics"/> and its measuring points (turn middleware, recognizer and knowledge
    /// decorators, the saved-entity interceptor), and OpenTelemetry: ASP.NET Core, HttpClient, EF Core and runtime
    /// instrumentation plus the <c>CobBot</c> meter and source; OTLP export when <see cref="OtlpEndpointVariable"/> is
    /// set; the Prometheus exporter when <see cref="TelemetryOptions.PrometheusPort"/> is. Call after the features.
    /// </summary>
    public static IServiceCollection AddCobBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.SectionName)
            .Validate(o => o.PrometheusPort is null or > 0 and <= 65535, "Telemetry:PrometheusPort must be a TCP port.")
            .ValidateOnStart();
        services.AddSingleton<OutboxBacklog>();
        services.AddSingleton<CobBotMetrics>();
        services.AddSingleton<CobBot.Framework.Builder.IMiddleware, TurnMetricsMiddleware>();
        services.AddSingleton<SavedEntityMetricsInterceptor>();
        services.ConfigureDbContext<CobBotDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<SavedEntityMetricsInterceptor>()));
        services.Decorate<IRecognizer>((inner, sp) => new MeasuredRecognizer(
            inner, sp.GetRequiredService<RecognizerMode>(), sp.GetRequiredService<CobBotMetrics>(), sp.GetRequiredService<TimeProvider>()));
        services.Decorate<IKnowledgeBase>((inner, sp) => new MeasuredKnowledgeBase(inner, sp.GetRequiredService<CobBotMetrics>()));

        var prometheus = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()?.PrometheusPort is not null;
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("cobbot"))
            .WithTracing(tracing => tracing
                .AddSource(CobBotMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation())
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(CobBotMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (prometheus) metrics.AddPrometheusExporter();
            });
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable])) otel.UseOtlpExporter();
        return services;
    }
}
