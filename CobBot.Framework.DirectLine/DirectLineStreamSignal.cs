using CobBot.Framework.Schema;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// One entry of a stream's mailbox: send the stored activities numbered up to <paramref name="StoredUpTo"/>
/// (<see cref="long.MaxValue"/>: all of them), then <paramref name="Ephemeral"/> if there is one.
/// </summary>
internal readonly record struct DirectLineStreamSignal(long StoredUpTo, Activity? Ephemeral);
