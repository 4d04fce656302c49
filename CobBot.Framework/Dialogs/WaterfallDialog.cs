using CobBot.Framework.Schema;

namespace CobBot.Framework.Dialogs;

/// <summary>
/// A dialog that runs its steps in order. Each step either waits (by starting a prompt or child dialog),
/// skips ahead with <see cref="WaterfallStepContext.NextAsync"/>, or ends the waterfall. A step resumes with the
/// prompt's or child's result; after the last step the waterfall ends with that step's result.
/// </summary>
public class WaterfallDialog : Dialog
{
    private readonly List<WaterfallStep> _steps;

    /// <summary>Creates a waterfall with its steps in order.</summary>
    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId) => _steps = steps?.ToList() ?? [];

    /// <summary>Appends a step.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var state = new WaterfallState { Options = options };
        dc.ActiveDialog!.State[WaterfallState.Key] = state;
        return RunStepAsync(dc, state, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message while no prompt is active resumes the next step with the message text; other activities are ignored.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.Context.Activity.IsType(ActivityTypes.Message)
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);

    /// <summary>Runs the step after the last one that ran, with <paramref name="result"/>.</summary>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var state = GetState(dc.ActiveDialog!);
        return RunStepAsync(dc, state, state.StepIndex + 1, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, WaterfallState state, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count) return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        state.StepIndex = index;
        var stepContext = new WaterfallStepContext(this, dc, state, index, reason, result);
        return await _steps[index](stepContext, cancellationToken).ConfigureAwait(false);
    }

    private static WaterfallState GetState(DialogInstance instance) =>
        instance.State.Get<WaterfallState>(WaterfallState.Key)
        ?? throw new InvalidOperationException($"Dialog '{instance.Id}' has no waterfall state.");
}
