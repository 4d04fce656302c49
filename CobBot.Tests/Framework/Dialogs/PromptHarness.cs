using CobBot.Framework.Dialogs;

namespace CobBot.Tests.Framework.Dialogs;

/// <summary>Wraps a prompt in a root component whose waterfall asks once and completes with the prompt's result.</summary>
internal static class PromptHarness
{
    public static Dialog Root(Dialog prompt, PromptOptions options)
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("ask",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        root.AddDialog(prompt);
        return root;
    }
}
