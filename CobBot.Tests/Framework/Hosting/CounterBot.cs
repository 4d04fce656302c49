using CobBot.Framework.Builder;
using CobBot.Framework.State;

namespace CobBot.Tests.Framework.Hosting;

/// <summary>Counts messages in conversation state and answers each with the count.</summary>
internal sealed class CounterBot(ConversationState conversationState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<int> _counter = conversationState.CreateProperty<int>("counter");
    private int _runs;

    /// <summary>How many times a message turn ran (retried attempts included).</summary>
    public int Runs => Volatile.Read(ref _runs);

    /// <summary>Runs inside each message turn after the count is set, before the reply (e.g. to block or throw).</summary>
    public Func<ITurnContext, int, Task>? DuringTurn { get; set; }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        var count = await _counter.GetAsync(turnContext, () => 0, cancellationToken) + 1;
        await _counter.SetAsync(turnContext, count, cancellationToken);
        if (DuringTurn is { } hook) await hook(turnContext, count);
        await turnContext.SendActivityAsync($"count {count}", cancellationToken: cancellationToken);
    }
}
