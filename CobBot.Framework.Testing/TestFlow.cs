using CobBot.Framework.Builder;
using CobBot.Framework.Schema;

namespace CobBot.Framework.Testing;

/// <summary>
/// A scripted conversation: <c>new TestFlow(adapter, bot).Send("hi").AssertReply("Hello").StartTestAsync()</c>.
/// Each call returns a new flow, so a common opening can be shared by several scripts.
/// </summary>
public sealed class TestFlow
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly IReadOnlyList<Func<CancellationToken, Task>> _steps;

    /// <summary>Starts a flow that runs <paramref name="callback"/> for every activity sent.</summary>
    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
        : this(adapter, callback, [])
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, IReadOnlyList<Func<CancellationToken, Task>> steps)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
        _steps = steps;
    }

    /// <summary>The user sends a message.</summary>
    public TestFlow Send(string userSays) => Then(ct => _adapter.SendTextToBotAsync(userSays, _callback, ct));

    /// <summary>The user sends an activity (a card submission, a conversation update, …).</summary>
    public TestFlow Send(Activity activity) => Then(ct => _adapter.ProcessActivityAsync(activity, _callback, ct));

    /// <summary>The next reply's text is exactly <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected) =>
        AssertReply(reply => reply.Text == expected, $"the text \"{expected}\"");

    /// <summary>The next reply satisfies <paramref name="predicate"/>, described by <paramref name="description"/> in failures.</summary>
    public TestFlow AssertReply(Func<Activity, bool> predicate, string description = "the expected reply") => Then(_ =>
    {
        var reply = _adapter.GetNextReply()
            ?? throw new TestFlowAssertionException($"Expected a reply with {description}, but the bot sent nothing more.");
        if (!predicate(reply))
            throw new TestFlowAssertionException($"Expected a reply with {description}, but got \"{reply.Text}\" ({reply.Type}).");
        return Task.CompletedTask;
    });

    /// <summary>Runs the script.</summary>
    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        foreach (var step in _steps) await step(cancellationToken).ConfigureAwait(false);
    }

    private TestFlow Then(Func<CancellationToken, Task> step) => new(_adapter, _callback, [.. _steps, step]);
}
