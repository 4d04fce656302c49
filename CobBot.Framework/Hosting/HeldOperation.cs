using CobBot.Framework.Schema;

namespace CobBot.Framework.Hosting;

/// <summary>
/// A Connector call a turn holds until its state is saved. Plain data rather than a delegate, so the calls a failed
/// delivery left over can be kept in conversation state and made when the channel retries the activity.
/// </summary>
/// <param name="Kind">The call.</param>
/// <param name="Activity">The activity to send or update.</param>
/// <param name="Reference">For a delete: the conversation and the activity id.</param>
internal sealed record HeldOperation(HeldOperationKind Kind, Activity? Activity = null, ConversationReference? Reference = null);
