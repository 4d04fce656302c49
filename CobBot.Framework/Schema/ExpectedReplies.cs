namespace CobBot.Framework.Schema;

/// <summary>The body of a <c>deliveryMode: expectReplies</c> response.</summary>
public sealed class ExpectedReplies
{
    /// <summary>Everything the turn sent, in order.</summary>
    public IList<Activity> Activities { get; set; } = [];
}
