using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Hosting;

/// <summary>Echoes messages and records the inbound activities it saw.</summary>
internal sealed class EchoBot : ActivityHandler
{
    private readonly List<Activity> _seen = [];

    public IReadOnlyList<Activity> Seen
    {
        get { lock (_seen) return [.. _seen]; }
    }

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        lock (_seen) _seen.Add(turnContext.Activity);
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync($"echo: {turnContext.Activity.Text}", cancellationToken: cancellationToken);
}
