using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.State;

namespace CobBot.Framework.Testing;

/// <summary>
/// Drives one dialog as the root of a conversation: every <see cref="SendActivityAsync{T}(string, CancellationToken)"/>
/// runs a turn with a fresh <see cref="TurnContext"/> (so state is really reloaded from storage), continues or begins
/// the dialog, and saves the conversation state at the end of the turn.
/// </summary>
public sealed class DialogTestClient
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;

    /// <summary>Creates a client for <paramref name="targetDialog"/>.</summary>
    /// <param name="channelId">The channel the turns come from (e.g. <see cref="Channels.Test"/>, <see cref="Channels.Msteams"/>).</param>
    /// <param name="targetDialog">The root dialog.</param>
    /// <param name="initialDialogOptions">Options the dialog begins with.</param>
    /// <param name="middlewares">Middleware to run around each turn, such as a <see cref="DialogTestLogger"/>.</param>
    /// <param name="conversationState">The state to keep the dialog stack in; a new one over <see cref="MemoryStorage"/> by default.</param>
    public DialogTestClient(string channelId, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
    {
        ArgumentNullException.ThrowIfNull(targetDialog);
        _adapter = new TestAdapter(channelId);
        foreach (var middleware in middlewares ?? []) _adapter.Use(middleware);

        var state = conversationState ?? new ConversationState(new MemoryStorage());
        var dialogState = state.CreateProperty<DialogState>(nameof(DialogState));
        _callback = async (turnContext, cancellationToken) =>
        {
            DialogTurnResult = await DialogExtensions.RunAsync(targetDialog, turnContext, dialogState, initialDialogOptions, cancellationToken).ConfigureAwait(false);
            await state.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        };
    }

    /// <summary>The result of the last turn.</summary>
    public DialogTurnResult DialogTurnResult { get; private set; } = new(DialogTurnStatus.Empty);

    /// <summary>Sends a message from the user and returns the next unread reply (the turn's first when earlier ones were read), or null.</summary>
    public Task<T?> SendActivityAsync<T>(string text, CancellationToken cancellationToken = default)
        where T : class =>
        SendActivityAsync<T>(_adapter.MakeActivity(text), cancellationToken);

    /// <summary>Sends an activity and returns the next unread reply, or null.</summary>
    public async Task<T?> SendActivityAsync<T>(Activity activity, CancellationToken cancellationToken = default)
        where T : class
    {
        await _adapter.ProcessActivityAsync(activity, _callback, cancellationToken).ConfigureAwait(false);
        return GetNextReply<T>();
    }

    /// <summary>The next reply not read yet, or null.</summary>
    public T? GetNextReply<T>()
        where T : class =>
        (T?)(object?)_adapter.GetNextReply();
}
