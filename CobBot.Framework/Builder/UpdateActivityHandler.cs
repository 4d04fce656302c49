using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

/// <summary>A hook around updating an activity; call <paramref name="next"/> to update it.</summary>
public delegate Task<ResourceResponse> UpdateActivityHandler(ITurnContext turnContext, Activity activity, Func<Task<ResourceResponse>> next);
