namespace CobBot.Privacy;

/// <summary>The outcome of <see cref="PhiRedactor.Scan"/>.</summary>
/// <param name="MaskedText">The text with every finding replaced by its token, e.g. <c>[EMAIL]</c>.</param>
/// <param name="Findings">What was masked, in text order.</param>
public sealed record PhiScanResult(string MaskedText, IReadOnlyList<PhiFinding> Findings);
