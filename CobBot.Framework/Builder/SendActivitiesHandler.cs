using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

/// <summary>A hook around sending activities; call <paramref name="next"/> to send them.</summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);
