namespace CobBot.Framework.Schema;

/// <summary>Values of <see cref="Activity.DeliveryMode"/>. Unknown values are treated as <see cref="Normal"/>.</summary>
public static class DeliveryModes
{
    /// <summary>Replies go out through the Connector.</summary>
    public const string Normal = "normal";
    /// <summary>Deprecated: replies should not raise notifications.</summary>
    public const string Notification = "notification";
    /// <summary>All replies are buffered and returned in the HTTP response.</summary>
    public const string ExpectReplies = "expectReplies";
    /// <summary>Replies are shown to the sender only.</summary>
    public const string Ephemeral = "ephemeral";
}
