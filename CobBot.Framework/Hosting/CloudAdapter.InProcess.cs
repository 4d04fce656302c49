using System.Text.Json.Nodes;
using CobBot.Framework.Authentication;
using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Hosting;

public sealed partial class CloudAdapter
{
    /// <summary>
    /// Runs one inbound activity from a channel hosted in this process (the self-hosted Direct Line), whose caller
    /// is already established, through the same turn transaction as <see cref="ProcessAsync"/>: serialised per
    /// conversation, state saved, then the held replies delivered through the Connector. Returns the status and
    /// body <see cref="ProcessAsync"/> would have written (200 without body for ordinary activities).
    /// </summary>
    public async Task<InvokeResponse> ProcessActivityAsync(Activity activity, BotCaller caller, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(callback);
        activity.CallerId = caller.CallerId;
        var response = await RunTurnAsync(activity, caller, callback, isInbound: true, cancellationToken).ConfigureAwait(false);
        return new InvokeResponse(response.Status, response.Json is null ? null : JsonNode.Parse(response.Json));
    }
}
