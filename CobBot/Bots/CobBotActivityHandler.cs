using CobBot.Analytics;
using CobBot.Cards;
using CobBot.Conversation;
using CobBot.Dialogs.Main;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Schema;
using CobBot.Framework.State;
using CobBot.Framework.Teams;
using CobBot.Handoff;

namespace CobBot.Bots;

/// <summary>
/// CobBot's <see cref="IBot"/>: welcomes each conversation exactly once (when the bot or the customer is added, or on
/// the first message of channels that send no conversationUpdate), leaves messages to the agent while a person has the
/// conversation, otherwise runs <see cref="MainDialog"/> and records the turn's recognition for the dashboard; Teams
/// Action.Execute presses go to the waiting dialog too (<see cref="CardActionTurn"/>). State is saved by the adapter at
/// the end of the turn.
/// </summary>
public sealed class CobBotActivityHandler : TeamsActivityHandler
{
    private readonly HandoffService _handoff;
    private readonly MainDialog _mainDialog;
    private readonly TurnRecognizer _turns;
    private readonly TurnAnalytics _analytics;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;

    /// <summary>Creates the handler.</summary>
    public CobBotActivityHandler(
        ConversationState conversationState, HandoffService handoff, MainDialog mainDialog, TurnRecognizer turns, TurnAnalytics analytics)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _handoff = handoff;
        _mainDialog = mainDialog;
        _turns = turns;
        _analytics = analytics;
        _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
    }

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // While a person has the conversation (or it waits in their queue) the bot stays silent.
        if (await _handoff.TryRelayAsync(turnContext, cancellationToken)) return;

        var activity = turnContext.Activity;
        if (string.IsNullOrWhiteSpace(activity.Text) && WelcomeCard.SubmittedUtterance(activity) is { } utterance)
            activity.Text = utterance;

        await WelcomeOnceAsync(turnContext, cancellationToken);
        await _mainDialog.RunAsync(turnContext, _dialogState, cancellationToken);
        if (TurnRecognizer.Recognized(turnContext) is { } recognized)
            await _analytics.RecordAsync(turnContext, recognized, cancellationToken);
    }

    /// <summary>
    /// A Teams Action.Execute press (<c>adaptiveCard/action</c>): the waiting dialog (the booking summary) takes it like a
    /// reply and answers with the card that replaces the pressed one; a card no dialog waits for gets a short message.
    /// </summary>
    protected override async Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(
        AdaptiveCardInvokeValue invokeValue, ITurnContext turnContext, CancellationToken cancellationToken) =>
        await CardActionTurn.RunAsync(_mainDialog, turnContext, _dialogState, cancellationToken);

    /// <summary>The bot (its id is the recipient's) or a customer joined: welcome, once per conversation.</summary>
    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    /// <summary>A channel's agent hub reports a handoff's state (accepted, failed, completed).</summary>
    protected override Task OnHandoffStatusAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _handoff.HandleStatusAsync(turnContext, cancellationToken);

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var memory = await _turns.Memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken);
        if (memory.Welcomed) return;
        memory.Welcomed = true;
        await turnContext.SendActivityAsync(WelcomeCard.Create(), cancellationToken);
        WelcomeCard.MarkSent(turnContext);
    }
}
