namespace CobBot.Framework.Schema;

/// <summary>Values of <see cref="CardAction.Type"/>.</summary>
public static class ActionTypes
{
    /// <summary>Posts the action's value as a visible message.</summary>
    public const string ImBack = "imBack";
    /// <summary>Posts the action's value without showing it in the chat.</summary>
    public const string PostBack = "postBack";
    /// <summary>Posts text, display text and value separately.</summary>
    public const string MessageBack = "messageBack";
    /// <summary>Opens a URL.</summary>
    public const string OpenUrl = "openUrl";
    /// <summary>Calls a phone number (<c>tel:</c>).</summary>
    public const string Call = "call";
}
