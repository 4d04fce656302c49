namespace CobBot.Framework.Dialogs;

/// <summary>What a dialog operation did to the stack, and the result of a dialog that completed.</summary>
/// <param name="Status">The state of the stack after the operation.</param>
/// <param name="Result">The result of the completed dialog, when <paramref name="Status"/> is <see cref="DialogTurnStatus.Complete"/>.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
