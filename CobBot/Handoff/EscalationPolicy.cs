using CobBot.Privacy;
using CobBot.Recognition;
using Microsoft.Extensions.Options;

namespace CobBot.Handoff;

/// <summary>
/// Decides, turn by turn, whether a conversation should go to a person. In order: a topic the business routes
/// to people (its priority and skill), an explicit request (the <c>human_handoff</c> intent or a handoff
/// phrase), sentiment below the threshold, and finally too many consecutive turns the bot did not understand.
/// Stateless: the per-conversation <see cref="EscalationCounters"/> are passed in and updated.
/// </summary>
public sealed class EscalationPolicy(EscalationRules rules, PhiRedactor redactor, IOptions<HandoffOptions> options)
{
    private const string UpsetSkill = "customer_care";

    private readonly HandoffOptions _options = options.Value;

    /// <summary>
    /// Evaluates one recognised customer message. A <see cref="Intents.None"/> result counts as not understood; a
    /// <see cref="Intents.KbQuery"/> leaves the count to the knowledge dialog (<see cref="RecordNotUnderstood"/> /
    /// <see cref="RecordUnderstood"/>); any other intent resets it. A message the bot <paramref name="declines"/> (out of
    /// scope, medical advice) is neither a miss nor an understood turn. Returns null when the bot should carry on.
    /// </summary>
    public EscalationRequest? Evaluate(RecognizerResult result, string text, EscalationCounters counters, bool declines = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(counters);
        var request = FindRequest(result, text);
        if (request is not null)
        {
            counters.ConsecutiveMisses = 0;
            return request;
        }
        if (declines) return null;
        if (result.Intent == Intents.None) return RecordNotUnderstood(counters);
        if (result.Intent != Intents.KbQuery) RecordUnderstood(counters);
        return null;
    }

    /// <summary>Counts a turn the bot could not handle; returns an escalation once the limit is reached in a row.</summary>
    public EscalationRequest? RecordNotUnderstood(EscalationCounters counters)
    {
        ArgumentNullException.ThrowIfNull(counters);
        if (++counters.ConsecutiveMisses < _options.NotUnderstoodLimit) return null;
        counters.ConsecutiveMisses = 0;
        return new EscalationRequest(EscalationReason.NotUnderstood, EscalationPriority.Normal, EscalationTopic.GeneralSkill);
    }

    /// <summary>Records a turn the bot handled, which breaks a run of misses.</summary>
    public void RecordUnderstood(EscalationCounters counters)
    {
        ArgumentNullException.ThrowIfNull(counters);
        counters.ConsecutiveMisses = 0;
    }

    private EscalationRequest? FindRequest(RecognizerResult result, string text)
    {
        var normalized = PhraseText.Normalize(text);
        if (FindTopic(normalized, text) is { } topic)
            return new EscalationRequest(EscalationReason.BusinessTopic, topic.Priority, topic.Skill, topic.Label);
        if (result.Intent == Intents.HumanHandoff || rules.HandoffPhrases.Any(p => PhraseText.ContainsPhrase(normalized, p)))
            return EscalationRequest.CustomerAsked();
        if (result.Sentiment < _options.SentimentThreshold)
            return new EscalationRequest(EscalationReason.NegativeSentiment, EscalationPriority.High, UpsetSkill);
        return null;
    }

    private EscalationTopic? FindTopic(string normalized, string text)
    {
        HashSet<PhiKind>? identifiers = null;
        foreach (var topic in rules.Topics)
        {
            if (topic.Phrases.Any(p => PhraseText.ContainsPhrase(normalized, p))) return topic;
            if (topic.Identifiers.Count == 0) continue;
            identifiers ??= [.. redactor.Scan(text).Findings.Select(f => f.Kind)];
            if (topic.Identifiers.Any(identifiers.Contains)) return topic;
        }
        return null;
    }
}
