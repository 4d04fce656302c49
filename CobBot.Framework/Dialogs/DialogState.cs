namespace CobBot.Framework.Dialogs;

/// <summary>The persisted dialog stack of a conversation (or of a component dialog's inner dialogs).</summary>
public sealed class DialogState
{
    /// <summary>The running dialogs; the active one is first.</summary>
    public List<DialogInstance> DialogStack { get; init; } = [];
}
