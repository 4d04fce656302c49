namespace CobBot.Privacy;

/// <summary>One piece of PHI found in a text. <see cref="Value"/> is PHI itself: never log it.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The original text of the span.</param>
/// <param name="Index">Where the span starts in the original text.</param>
public sealed record PhiFinding(PhiKind Kind, string Value, int Index);
