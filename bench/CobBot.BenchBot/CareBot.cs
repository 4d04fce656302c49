using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.State;

namespace CobBot.BenchBot;

/// <summary>
/// The bench bot: every message runs <see cref="MainDialog"/> (dialog stack in ConversationState property
/// <c>DialogState</c>). The adapter saves ConversationState and UserState at the end of the turn.
/// </summary>
public sealed class CareBot(ConversationState conversationState, MainDialog dialog) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    /// <inheritdoc/>
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        dialog.RunAsync(turnContext, _dialogState, cancellationToken);
}
