namespace CobBot.Framework.Dialogs;

/// <summary>One entry of the dialog stack: which dialog is running and its persisted state.</summary>
public sealed class DialogInstance
{
    /// <summary>The id of the running dialog.</summary>
    public required string Id { get; init; }

    /// <summary>The dialog's own state; persisted with the conversation (read it back with <see cref="DialogValues.Get{T}"/>).</summary>
    public DialogValues State { get; init; } = [];
}
