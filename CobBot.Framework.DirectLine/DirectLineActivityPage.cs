using CobBot.Framework.Schema;

namespace CobBot.Framework.DirectLine;

/// <summary>Activities of a conversation after a watermark, oldest first, and the watermark after the last of them.</summary>
/// <param name="Activities">The activities, each with its channel-assigned id.</param>
/// <param name="Watermark">The sequence number of the last activity returned, or the requested watermark when none was.</param>
public sealed record DirectLineActivityPage(IReadOnlyList<Activity> Activities, long Watermark);
