using CobBot.Framework.Builder;
using CobBot.Framework.State;

namespace CobBot.Framework.Dialogs;

/// <summary>A set of dialogs that can call each other, and the state property their stack is kept in.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;

    /// <summary>Creates a set whose stack is persisted through <paramref name="dialogState"/> (usually a <see cref="ConversationState"/> property).</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState) =>
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));

    /// <summary>Creates a set without state of its own, as used inside a <see cref="ComponentDialog"/>.</summary>
    public DialogSet()
    {
    }

    /// <summary>Adds a dialog; its id must be unique in the set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
            throw new ArgumentException($"A dialog with id '{dialog.Id}' was already added.", nameof(dialog));
        return this;
    }

    /// <summary>The dialog with the given id, or null.</summary>
    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>Loads this turn's dialog stack and wraps it in a <see cref="DialogContext"/>.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (_dialogState is null)
            throw new InvalidOperationException("This DialogSet was created without a state property accessor, so it cannot create a context.");
        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
