namespace CobBot.Framework.Dialogs;

/// <summary>The state of the dialog stack after a dialog context operation.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: no dialog was active.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The dialogs on the stack were cancelled.</summary>
    Cancelled,
}
