namespace CobBot.Framework.Schema;

/// <summary>Values of <see cref="Activity.InputHint"/> as they appear on the wire.</summary>
public static class InputHints
{
    /// <summary>The bot is passively ready for input.</summary>
    public const string AcceptingInput = "acceptingInput";
    /// <summary>The bot is actively waiting for a response (a prompt).</summary>
    public const string ExpectingInput = "expectingInput";
    /// <summary>The bot is not ready for input.</summary>
    public const string IgnoringInput = "ignoringInput";
}
