using CobBot.Handoff.Persistence;

namespace CobBot.Handoff;

/// <summary>
/// Put in a turn's <c>TurnState</c> to say who the turn's outgoing messages are from in the agent transcript
/// (the <see cref="HandoffTranscriptMiddleware"/> records the bot by default).
/// </summary>
internal sealed record TranscriptAuthor(TranscriptRole Role, string? AgentName);
