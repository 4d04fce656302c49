using CobBot.Framework.Builder;
using CobBot.Framework.State;

namespace CobBot.Framework.Hosting;

/// <summary>
/// Keeps, in a conversation's <see cref="ConversationState"/>, the Connector calls a saved turn could not make (the
/// channel was unreachable), so they are made before anything else when the channel retries the activity or the
/// next one arrives — the turn is not run again, and nothing it said is lost. The caller saves the state.
/// </summary>
internal sealed class UndeliveredOperations(ConversationState conversationState)
{
    private const string PropertyName = "undeliveredOperations";
    private readonly IStatePropertyAccessor<List<HeldOperation>> _operations = conversationState.CreateProperty<List<HeldOperation>>(PropertyName);

    /// <summary>The kept calls, removed from the state; null when there are none.</summary>
    public async Task<IReadOnlyList<HeldOperation>?> TakeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var kept = await _operations.GetAsync(turnContext, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (kept is not { Count: > 0 }) return null;
        await _operations.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return kept;
    }

    /// <summary>Keeps <paramref name="operations"/> (replacing any kept before: they are part of them or already made).</summary>
    public Task KeepAsync(ITurnContext turnContext, IReadOnlyList<HeldOperation> operations, CancellationToken cancellationToken) =>
        _operations.SetAsync(turnContext, [.. operations], cancellationToken);
}
