using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;

namespace CobBot.Tests.Framework.Dialogs;

/// <summary>A seven-step booking conversation used to drive the dialog system end to end.</summary>
internal sealed class BookingDialog : CancelAndHelpDialog
{
    public const string NamePrompt = "What's your name?";
    public const string EmailPrompt = "What email should we send the confirmation to?";
    public const string EmailRetry = "That doesn't look like an email address. Please try again.";
    public const string ServicePrompt = "Which service do you need?";
    public const string DatePrompt = "What date works for you?";
    public const string NothingBooked = "Okay, nothing was booked.";

    public static readonly string[] Services = ["Prior authorization", "Benefits verification", "Billing question"];

    public BookingDialog()
        : base(nameof(BookingDialog))
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog),
        [
            NameStepAsync, EmailStepAsync, ServiceStepAsync, DateStepAsync, ConfirmStepAsync, BookStepAsync, FinalStepAsync,
        ]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new TextPrompt("EmailPrompt", EmailValidatorAsync));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        InitialDialogId = nameof(WaterfallDialog);
    }

    public static string Summary(string name, string service, string date) => $"Book {service} on {date} for {name}?";

    public static string Booked(string name, string service, string date) => $"Booked {service} on {date} for {name}.";

    private static Task<DialogTurnResult> NameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(NamePrompt) }, cancellationToken);

    private static Task<DialogTurnResult> EmailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["name"] = (string)step.Result!;
        return step.PromptAsync("EmailPrompt", new PromptOptions
        {
            Prompt = MessageFactory.Text(EmailPrompt),
            RetryPrompt = MessageFactory.Text(EmailRetry),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> ServiceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["email"] = (string)step.Result!;
        return step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = MessageFactory.Text(ServicePrompt),
            Choices = ChoiceFactory.ToChoices(Services),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> DateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["service"] = ((FoundChoice)step.Result!).Value;
        return step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(DatePrompt) }, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["date"] = (string)step.Result!;
        var summary = Summary(step.Values.Get<string>("name")!, step.Values.Get<string>("service")!, step.Values.Get<string>("date")!);
        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = MessageFactory.Text(summary) }, cancellationToken);
    }

    private static async Task<DialogTurnResult> BookStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var confirmed = (bool)step.Result!;
        var name = step.Values.Get<string>("name")!;
        var service = step.Values.Get<string>("service")!;
        var date = step.Values.Get<string>("date")!;
        await step.Context.SendActivityAsync(confirmed ? Booked(name, service, date) : NothingBooked, cancellationToken: cancellationToken);
        return await step.NextAsync(confirmed ? new BookingDetails(name, step.Values.Get<string>("email")!, service, date) : null, cancellationToken);
    }

    private static Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result, cancellationToken);

    private static Task<bool> EmailValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Recognized.Value?.Trim() ?? string.Empty;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return Task.FromResult(prompt.Recognized.Succeeded && at > 0 && text.IndexOf('.', at) > at + 1 && !text.Contains(' ', StringComparison.Ordinal));
    }
}

/// <summary>What <see cref="BookingDialog"/> returns when the user confirms.</summary>
internal sealed record BookingDetails(string Name, string Email, string Service, string Date);
