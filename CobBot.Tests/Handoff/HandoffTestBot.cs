using CobBot.Dialogs.Handoff;
using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.State;
using CobBot.Handoff;
using CobBot.Recognition;

namespace CobBot.Tests.Handoff;

/// <summary>
/// A minimal bot that uses the handoff the way the app's bot is meant to: relay first, then the active dialog, then
/// recognition + escalation policy, and <c>handoff.status</c> events to the service. Anything else is echoed.
/// </summary>
internal sealed class HandoffTestBot : ActivityHandler
{
    public const string SupportSessionReply = "Let's book your Support Session.";
    public const string Gibberish = "qwxz";

    private readonly HandoffService _handoff;
    private readonly EscalationTracker _tracker;
    private readonly DialogSet _dialogs;

    public HandoffTestBot(HandoffService handoff, EscalationTracker tracker, HandoffDialog handoffDialog, ConversationState conversationState)
    {
        _handoff = handoff;
        _tracker = tracker;
        _dialogs = new DialogSet(conversationState.CreateProperty<DialogState>(nameof(DialogState))).Add(handoffDialog);
    }

    public static string Echo(string text) => $"Bot: {text}";

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await _handoff.TryRelayAsync(turnContext, cancellationToken)) return;

        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status != DialogTurnStatus.Empty)
        {
            await RouteAsync(turnContext, result, cancellationToken);
            return;
        }

        var text = turnContext.Activity.Text ?? "";
        var request = await _tracker.EvaluateAsync(turnContext, Recognize(text), cancellationToken: cancellationToken);
        if (request is not null)
        {
            await RouteAsync(turnContext, await dc.BeginDialogAsync(nameof(HandoffDialog), request, cancellationToken), cancellationToken);
            return;
        }
        await turnContext.SendActivityAsync(Echo(text), cancellationToken: cancellationToken);
    }

    protected override Task OnHandoffStatusAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _handoff.HandleStatusAsync(turnContext, cancellationToken);

    private static async Task RouteAsync(ITurnContext turnContext, DialogTurnResult result, CancellationToken cancellationToken)
    {
        if (result is { Status: DialogTurnStatus.Complete, Result: HandoffDialogResult { Outcome: HandoffDialogOutcome.BookSupportSession } })
            await turnContext.SendActivityAsync(SupportSessionReply, cancellationToken: cancellationToken);
    }

    /// <summary>A stand-in recognizer: <see cref="Gibberish"/> is not understood, everything else is a knowledge question.</summary>
    private static RecognizerResult Recognize(string text) =>
        new(text.Contains(Gibberish, StringComparison.Ordinal) ? Intents.None : Intents.KbQuery, 0.9, RecognizedEntities.Empty, 0, "test");
}
