namespace CobBot.Framework.Schema;

/// <summary>Quick-reply buttons shown under a message.</summary>
public sealed class SuggestedActions
{
    /// <summary>Ids of the recipients that should see the actions; all when empty.</summary>
    public IList<string>? To { get; set; }
    /// <summary>The actions.</summary>
    public IList<CardAction> Actions { get; set; } = [];
}
