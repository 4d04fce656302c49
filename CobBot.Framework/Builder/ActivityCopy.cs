using CobBot.Framework.Schema;

namespace CobBot.Framework.Builder;

/// <summary>Deep copies of activities through their wire form.</summary>
public static class ActivityCopy
{
    /// <summary>A deep copy that shares no objects with <paramref name="activity"/>.</summary>
    public static Activity DeepClone(this Activity activity) =>
        BotJson.Deserialize(BotJson.Serialize(activity)) ?? throw new InvalidOperationException("The activity could not be copied.");
}
