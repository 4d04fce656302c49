using CobBot.Company;
using CobBot.Framework.Dialogs;
using CobBot.Recognition.Entities;
using CobBot.Scheduling;
using Microsoft.Extensions.Options;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Finds the customer's appointment by confirmation code and email (asking for whichever is not known yet) and ends
/// with its <see cref="AppointmentDetails"/>; after two failed look-ups it gives the phone number and ends with null.
/// Begin it with an <see cref="AppointmentRequest"/>.
/// </summary>
public sealed class FindAppointmentDialog : ComponentDialog
{
    private const string FlowId = nameof(FindAppointmentDialog) + ".flow";
    private const string CodePromptId = nameof(FindAppointmentDialog) + ".code";
    private const string EmailDialogId = nameof(FindAppointmentDialog) + ".email";
    private const int MaxLookups = 2;

    private readonly AppointmentChangeService _appointments;
    private readonly ConfirmationCodeExtractor _codes;
    private readonly IOptionsMonitor<CompanyOptions> _options;

    /// <summary>Creates the dialog with id <c>FindAppointmentDialog</c>.</summary>
    public FindAppointmentDialog(
        AppointmentChangeService appointments, ConfirmationCodeExtractor codes, ContactInput contacts, IOptionsMonitor<CompanyOptions> options)
        : base(nameof(FindAppointmentDialog))
    {
        _appointments = appointments;
        _codes = codes;
        _options = options;
        AddDialog(new WaterfallDialog(FlowId, [CodeStepAsync, EmailStepAsync, FindStepAsync]));
        AddDialog(new TextPrompt(CodePromptId, (prompt, _) => Task.FromResult(Code(prompt.Recognized.Value) is not null)));
        AddDialog(new ContactQuestionDialog(EmailDialogId, contacts.Email));
        InitialDialogId = FlowId;
    }

    /// <summary>
    /// A waterfall step that begins this dialog with the waterfall's <see cref="AppointmentRequest"/> options, or an empty
    /// request (everything is asked) when it has none.
    /// </summary>
    public static Task<DialogTurnResult> BeginStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.BeginDialogAsync(nameof(FindAppointmentDialog), step.GetOptions<AppointmentRequest>() ?? new AppointmentRequest(), cancellationToken);
    }

    private async Task<DialogTurnResult> CodeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Request(step);
        request.ConfirmationCode = Code(request.ConfirmationCode);
        if (request.ConfirmationCode is not null) return await step.NextAsync(null, cancellationToken);
        return await step.PromptAsync(CodePromptId, Questions.Ask(AppointmentTexts.CodeQuestion, AppointmentTexts.CodeRetry), cancellationToken);
    }

    private Task<DialogTurnResult> EmailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Request(step);
        if (step.Result is string code) request.ConfirmationCode = Code(code);
        return step.BeginDialogAsync(EmailDialogId, new ContactQuestion(request.Email, AppointmentTexts.EmailQuestion, AppointmentTexts.EmailRetry), cancellationToken);
    }

    private async Task<DialogTurnResult> FindStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Request(step);
        request.Email = step.Result as string;
        if (await _appointments.FindAsync(request.ConfirmationCode, request.Email, cancellationToken) is { } appointment)
            return await step.EndDialogAsync(appointment, cancellationToken);

        request.FailedLookups++;
        if (request.FailedLookups >= MaxLookups)
        {
            await step.Context.SendActivityAsync(AppointmentTexts.NotFound(_options.CurrentValue.Phone), cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        await step.Context.SendActivityAsync(AppointmentTexts.NotFoundRetry, cancellationToken: cancellationToken);
        (request.ConfirmationCode, request.Email) = (null, null);
        return await step.ReplaceDialogAsync(FlowId, request, cancellationToken);
    }

    private string? Code(string? text) => _codes.Matches(text ?? "").Select(m => m.Value).FirstOrDefault();

    private static AppointmentRequest Request(WaterfallStepContext step) =>
        step.GetOptions<AppointmentRequest>() ?? throw new InvalidOperationException($"{nameof(FindAppointmentDialog)} runs without {nameof(AppointmentRequest)}.");
}
