using System.Text.RegularExpressions;
using CobBot.Framework.Dialogs;
using CobBot.Framework.State;

namespace CobBot.BenchBot;

/// <summary>The root dialog: a message containing "book" starts the <see cref="BookingDialog"/>; anything else gets a knowledge answer.</summary>
public sealed partial class MainDialog : ComponentDialog
{
    private const string WaterfallId = "mainWaterfall";

    /// <summary>Creates the root dialog and its booking dialog.</summary>
    public MainDialog(IStatePropertyAccessor<UserProfile> userProfile)
        : base(nameof(MainDialog))
    {
        AddDialog(new BookingDialog(userProfile));
        AddDialog(new WaterfallDialog(WaterfallId, [RouteStepAsync, FinalStepAsync]));
        InitialDialogId = WaterfallId;
    }

    private static async Task<DialogTurnResult> RouteStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = (step.Context.Activity.Text ?? string.Empty).Trim();
        if (BookPattern().IsMatch(text)) return await step.BeginDialogAsync(nameof(BookingDialog), null, cancellationToken);
        await step.Context.SendActivityAsync(KnowledgeAnswers.For(text), cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result, cancellationToken);

    [GeneratedRegex("book", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BookPattern();
}
