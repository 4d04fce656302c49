namespace CobBot.Conversation;

/// <summary>
/// A request that interrupts whatever dialog is running; also the result a flow dialog (<c>CobBotComponentDialog</c>) ends
/// with when it was cancelled or the customer asked for a person, so the parent can act on it.
/// </summary>
public enum Interruption
{
    /// <summary>No interruption: the reply goes to the running dialog.</summary>
    None,

    /// <summary>The customer asked for help; the dialog re-asks its question afterwards.</summary>
    Help,

    /// <summary>The customer wants to stop the current flow.</summary>
    Cancel,

    /// <summary>The customer wants to talk to a person.</summary>
    HumanRequested,

    /// <summary>The reply is a new request rather than an answer: the parent routes the same message afresh.</summary>
    NewRequest,
}
