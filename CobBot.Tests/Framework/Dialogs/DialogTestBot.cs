using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.State;
using CobBot.Framework.Testing;

namespace CobBot.Tests.Framework.Dialogs;

/// <summary>A bot over a <see cref="DialogSet"/> in the classic SDK test style: continue or begin the root, then save.</summary>
internal sealed class DialogTestBot
{
    private readonly ConversationState _state = new(new MemoryStorage());
    private readonly string _rootId;

    public DialogTestBot(string rootId, params Dialog[] dialogs)
    {
        _rootId = rootId;
        Dialogs = new DialogSet(_state.CreateProperty<DialogState>(nameof(DialogState)));
        foreach (var dialog in dialogs) Dialogs.Add(dialog);
    }

    public DialogSet Dialogs { get; }

    public TestAdapter Adapter { get; } = new();

    public List<DialogTurnResult> Results { get; } = [];

    public TestFlow Flow() => new(Adapter, OnTurnAsync);

    private async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await Dialogs.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty) result = await dc.BeginDialogAsync(_rootId, null, cancellationToken);
        Results.Add(result);
        await _state.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
