namespace CobBot.Handoff;

/// <summary>The <c>Handoff</c> configuration section (support hours are in <see cref="SupportHoursOptions"/>).</summary>
public sealed class HandoffOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Handoff";

    /// <summary>Sentiment (−1..1) strictly below which the customer counts as upset.</summary>
    public double SentimentThreshold { get; set; } = -0.6;

    /// <summary>Consecutive not-understood / not-answered turns that trigger an escalation.</summary>
    public int NotUnderstoodLimit { get; set; } = 2;

    /// <summary>How many recent customer messages the escalation summary quotes (PHI-redacted).</summary>
    public int SummaryMessageCount { get; set; } = 3;

    /// <summary>How many recent messages go into the <c>handoff.initiate</c> transcript attachment.</summary>
    public int TranscriptAttachmentLimit { get; set; } = 50;

    /// <summary>How long a live-feed ticket (<c>?ticket=</c> on the SSE stream) stays valid; each ticket works once.</summary>
    public TimeSpan StreamTicketLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// After this long without events the live feed sends a <see cref="HandoffEvent.KeepAliveKind"/> event, so proxies
    /// and load balancers that close idle connections leave an open console's feed alone.
    /// </summary>
    public TimeSpan StreamKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
