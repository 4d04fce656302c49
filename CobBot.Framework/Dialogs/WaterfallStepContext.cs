namespace CobBot.Framework.Dialogs;

/// <summary>
/// The context a <see cref="WaterfallStep"/> runs with: a <see cref="DialogContext"/> over the same stack, plus
/// the waterfall's options, shared <see cref="Values"/>, and the result of the previous step.
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly WaterfallState _state;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, WaterfallState state, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, new DialogState { DialogStack = dc.Stack })
    {
        Parent = dc.Parent;
        _waterfall = waterfall;
        _state = state;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The zero-based index of the running step.</summary>
    public int Index { get; }

    /// <summary>Why the step runs: begun, continued by the user, resumed after a child dialog, or skipped to.</summary>
    public DialogReason Reason { get; }

    /// <summary>The previous step's outcome: a prompt's recognised value, a child dialog's result, or the user's text.</summary>
    public object? Result { get; }

    /// <summary>The options the waterfall was started with (JSON-shaped after a reload; prefer <see cref="GetOptions{T}"/>).</summary>
    public object? Options => _state.Options;

    /// <summary>Values shared by all steps of this waterfall and persisted between turns.</summary>
    public DialogValues Values => _state.Values;

    /// <summary>The options as <typeparamref name="T"/>, converted back after a reload; changes to the returned object are saved.</summary>
    public T? GetOptions<T>()
    {
        var options = StateValues.ConvertTo<T>(_state.Options, "options");
        _state.Options = options;
        return options;
    }

    /// <summary>Skips to the next step now, passing <paramref name="result"/> as its <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled) throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
