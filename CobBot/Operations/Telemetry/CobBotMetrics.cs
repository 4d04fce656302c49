using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CobBot.Operations.Telemetry;

/// <summary>
/// The bot's own instruments on the <see cref="MeterName"/> meter, and its <see cref="ActivitySource"/>. Every tag is a
/// closed set (channel id, intent name, recognizer, outcome, escalation reason, service name): never text a customer typed.
/// </summary>
public sealed class CobBotMetrics
{
    /// <summary>The meter and activity source name.</summary>
    public const string MeterName = "CobBot";

    /// <summary>The source of the <c>cobbot.turn</c> spans.</summary>
    public static readonly ActivitySource ActivitySource = new(MeterName);

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Histogram<double> _recognizerDuration;
    private readonly Counter<long> _recognizerFallbacks;
    private readonly Counter<long> _knowledgeSearches;
    private readonly Counter<long> _escalations;
    private readonly Counter<long> _bookings;
    private readonly UpDownCounter<long> _directLineConnections;

    /// <summary>Creates the instruments (the outbox backlog gauge is <see cref="OutboxBacklog"/>'s).</summary>
    public CobBotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("cobbot.turns", "{turn}", "Bot turns handled.");
        _turnDuration = meter.CreateHistogram<double>("cobbot.turn.duration", "s", "Time to handle a bot turn.");
        _recognizerDuration = meter.CreateHistogram<double>("cobbot.recognizer.duration", "s", "Time to recognize an utterance.");
        _recognizerFallbacks = meter.CreateCounter<long>("cobbot.recognizer.fallbacks", "{utterance}", "Utterances the offline recognizer answered because Gemini failed.");
        _knowledgeSearches = meter.CreateCounter<long>("cobbot.knowledge.searches", "{search}", "Knowledge searches by outcome (hit or miss).");
        _escalations = meter.CreateCounter<long>("cobbot.escalations", "{escalation}", "Conversations handed to a person.");
        _bookings = meter.CreateCounter<long>("cobbot.bookings", "{appointment}", "Appointments booked.");
        _directLineConnections = meter.CreateUpDownCounter<long>("cobbot.directline.connections", "{connection}", "Open Direct Line WebSocket streams.");
    }

    /// <summary>Records a handled turn.</summary>
    public void Turn(string channel, string intent, TimeSpan duration)
    {
        var tags = new TagList { { "cobbot.channel", channel } };
        _turnDuration.Record(duration.TotalSeconds, tags);
        tags.Add("cobbot.intent", intent);
        _turns.Add(1, tags);
    }

    /// <summary>Records a recognition by <paramref name="recognizer"/> (<c>offline</c> or <c>gemini</c>), and a fallback when Gemini should have answered but did not.</summary>
    public void Recognition(string recognizer, TimeSpan duration, bool fellBack)
    {
        _recognizerDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("cobbot.recognizer", recognizer));
        if (fellBack) _recognizerFallbacks.Add(1);
    }

    /// <summary>Records a knowledge search that found passages (a hit) or none (a miss).</summary>
    public void KnowledgeSearch(bool hit) =>
        _knowledgeSearches.Add(1, new KeyValuePair<string, object?>("cobbot.outcome", hit ? "hit" : "miss"));

    /// <summary>Records an escalation raised on <paramref name="channel"/> for <paramref name="reason"/>.</summary>
    public void Escalation(string channel, string reason) =>
        _escalations.Add(1, new TagList { { "cobbot.channel", channel }, { "cobbot.reason", reason } });

    /// <summary>Records a booked appointment of the catalogue service <paramref name="service"/>.</summary>
    public void Booking(string service) => _bookings.Add(1, new KeyValuePair<string, object?>("cobbot.service", service));

    /// <summary>Records a Direct Line stream opening (+1) or closing (−1).</summary>
    public void DirectLineConnection(int delta) => _directLineConnections.Add(delta);
}
