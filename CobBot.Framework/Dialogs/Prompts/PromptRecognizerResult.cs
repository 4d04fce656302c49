namespace CobBot.Framework.Dialogs;

/// <summary>What a prompt recognised in the user's reply.</summary>
/// <param name="Succeeded">True when a value was recognised.</param>
/// <param name="Value">The recognised value.</param>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default);
