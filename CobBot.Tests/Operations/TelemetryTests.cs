using System.Diagnostics;
using System.Net;
using CobBot.Handoff;
using CobBot.Handoff.Persistence;
using Microsoft.EntityFrameworkCore;
using CobBot.Tests.App;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using System.Diagnostics.Metrics;
using CobBot.Operations.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CobBot.Tests.Operations;

public sealed class TelemetryTests
{
    private static readonly string[] Phi = ["Jane", "Doe", "jane.doe@example.com", "example.com", "929", "555-0147", "5550147"];

    [Fact]
    public async Task A_conversation_with_contact_details_exports_bot_metrics_and_spans_without_them()
    {
        var metrics = new List<Metric>();
        var spans = new List<Activity>();
        await using var app = new CobBotAppFactory(services: s => s.AddOpenTelemetry()
            .WithMetrics(m => m.AddInMemoryExporter(metrics))
            .WithTracing(t => t.AddInMemoryExporter(spans)));
        var client = app.CreateClient();
        using var turns = AppCounter(app, "cobbot.turns");

        await client.ChatAsync("What are your support hours?");
        var session = (string?)(await client.ChatAsync("I'd like to book a product demo"))["session_id"];
        await client.ChatAsync("My name is Jane Doe, email jane.doe@example.com, phone (929) 555-0147", session);
        await client.ChatAsync("I want to talk to a person, I am Jane Doe at jane.doe@example.com");
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        app.Services.GetRequiredService<TracerProvider>().ForceFlush();

        var names = metrics.Select(m => m.Name).ToHashSet();
        Assert.Contains("cobbot.turns", names);
        Assert.Contains("cobbot.turn.duration", names);
        Assert.Contains("cobbot.recognizer.duration", names);
        Assert.Contains("cobbot.knowledge.searches", names);
        Assert.Contains("cobbot.outbox.backlog", names);
        Assert.Contains("http.server.request.duration", names);
        Assert.Equal(4, turns.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Contains(spans, s => s.OperationName == "cobbot.turn");

        var tagValues = metrics.SelectMany(MetricTags)
            .Concat(spans.SelectMany(s => s.TagObjects.Select(t => t.Value?.ToString())))
            .Concat(spans.Select(s => s.DisplayName))
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(tagValues);
        foreach (var phi in Phi)
            Assert.DoesNotContain(tagValues, value => value.Contains(phi, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Escalations_are_counted_when_saved_and_only_then()
    {
        var metrics = new List<Metric>();
        await using var app = new CobBotAppFactory(services: s => s.AddOpenTelemetry().WithMetrics(m => m.AddInMemoryExporter(metrics)));
        _ = app.CreateClient();
        using var saved = AppCounter(app, "cobbot.escalations");

        await using (var db = app.CreateDbContext())
        {
            db.Escalations.Add(new Escalation
            {
                ConversationKey = "webchat/c1", ChannelId = "webchat", Skill = "general", Reason = EscalationReason.CustomerRequest,
                ConversationReferenceJson = "{}", Summary = "asked for a person",
            });
            await db.SaveChangesAsync();
            db.Escalations.Add(new Escalation { ConversationKey = null!, ChannelId = "webchat", Skill = "general", ConversationReferenceJson = "{}", Summary = "" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal(1, saved.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Contains("CustomerRequest", MetricTags(metrics.Last(m => m.Name == "cobbot.escalations")));
    }

    [Fact]
    public async Task The_prometheus_endpoint_is_off_by_default()
    {
        await using var app = new CobBotAppFactory();

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task The_prometheus_endpoint_answers_only_on_its_own_port()
    {
        await using var app = new CobBotAppFactory(new() { ["Telemetry:PrometheusPort"] = "9464" });
        var client = app.CreateClient();
        await client.ChatAsync("hello");

        var publicPort = await client.GetAsync("/metrics");
        var scrape = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://localhost:9464/metrics"));

        Assert.Equal(HttpStatusCode.NotFound, publicPort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Contains("cobbot_turns", await scrape.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Counts one instrument of this app only: the OpenTelemetry exporter listens by meter name, so it also sees
    /// the meters of other apps running in parallel tests; the collector is scoped to this app's meter factory.
    /// </summary>
    private static MetricCollector<long> AppCounter(CobBotAppFactory app, string instrument) =>
        new(app.Services.GetRequiredService<IMeterFactory>(), CobBotMetrics.MeterName, instrument);

    private static IEnumerable<string?> MetricTags(Metric metric)
    {
        var values = new List<string?>();
        foreach (ref readonly var point in metric.GetMetricPoints())
            foreach (var tag in point.Tags) values.Add(tag.Value?.ToString());
        return values;
    }
}
