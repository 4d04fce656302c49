using CobBot.Framework.Builder;
using CobBot.Framework.State;

namespace CobBot.Framework.Hosting;

/// <summary>
/// The bot's <see cref="BotState"/>s, saved together at the end of a turn by <see cref="CloudAdapter"/>.
/// Changed states that share an <see cref="IStorage"/> are written in one atomic write, so a conflict on
/// any of them leaves all of them untouched and the turn can be re-run cleanly.
/// </summary>
public sealed class BotStateSet
{
    private readonly List<BotState> _states = [];

    /// <summary>Creates a set of states.</summary>
    public BotStateSet(params IEnumerable<BotState> botStates)
    {
        foreach (var state in botStates) Add(state);
    }

    /// <summary>The states in the set, in the order added.</summary>
    public IReadOnlyList<BotState> BotStates => _states;

    /// <summary>Adds a state (once; adding it again does nothing).</summary>
    public BotStateSet Add(BotState botState)
    {
        ArgumentNullException.ThrowIfNull(botState);
        if (!_states.Contains(botState)) _states.Add(botState);
        return this;
    }

    /// <summary>Loads every state into the turn cache.</summary>
    public async Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        foreach (var state in _states)
            await state.LoadAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves every changed state with the eTag it was read at; throws <see cref="ETagConflictException"/>
    /// when another writer got there first.
    /// </summary>
    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        var pending = _states.Select(s => s.PrepareSave(turnContext, force)).OfType<BotState.PendingSave>();
        foreach (var group in pending.GroupBy(p => p.Storage).ToList())
        {
            var changes = group.ToDictionary(p => p.Key, p => p.Item, StringComparer.Ordinal);
            var etags = await group.Key.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
            foreach (var save in group) save.Complete(etags[save.Key]);
        }
    }
}
