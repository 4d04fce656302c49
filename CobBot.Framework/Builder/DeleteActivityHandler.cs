using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

/// <summary>A hook around deleting an activity; call <paramref name="next"/> to delete it.</summary>
public delegate Task DeleteActivityHandler(ITurnContext turnContext, ConversationReference reference, Func<Task> next);
