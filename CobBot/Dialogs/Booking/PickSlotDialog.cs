using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Recognition;
using CobBot.Scheduling;
using CobBot.Scheduling.Catalog;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Picks a free slot, for booking and for rescheduling: asks for the day (unless given), then checks it against the real
/// availability (<see cref="SlotOffers"/>): a wanted time that is free is taken as it is; otherwise the day's free times
/// (or the nearest ones to a wanted time that is taken) are offered (<see cref="SlotPrompt"/>). A day without free times
/// is explained and "another day" asks for the day again. Begin it with <see cref="PickSlotOptions"/>; it ends with the
/// <see cref="PickedSlot"/>, or null when the appointment type is no longer in the catalogue.
/// </summary>
public sealed class PickSlotDialog : ComponentDialog
{
    private const string FlowId = nameof(PickSlotDialog) + ".flow";
    private const string DatePromptId = nameof(PickSlotDialog) + ".date";
    private const string SlotPromptId = nameof(PickSlotDialog) + ".slot";

    private readonly SlotOffers _slots;
    private readonly SchedulingCatalog _catalog;
    private readonly SchedulingTimeZones _zones;

    /// <summary>Creates the dialog with id <c>PickSlotDialog</c>.</summary>
    public PickSlotDialog(SlotOffers slots, SchedulingCatalog catalog, SchedulingTimeZones zones, IEntityExtractor extractor)
        : base(nameof(PickSlotDialog))
    {
        _slots = slots;
        _catalog = catalog;
        _zones = zones;
        AddDialog(new WaterfallDialog(FlowId, [DayStepAsync, SlotStepAsync, PickedStepAsync]));
        AddDialog(new DatePrompt(DatePromptId, extractor, zones));
        AddDialog(new SlotPrompt(SlotPromptId, extractor, zones));
        InitialDialogId = FlowId;
    }

    private static async Task<DialogTurnResult> DayStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Request(step);
        if (request.Date is not null) return await step.NextAsync(null, cancellationToken);
        return await step.PromptAsync(DatePromptId, Questions.Ask(request.DayQuestion, BookingTexts.DateRetry), cancellationToken);
    }

    /// <summary>Checks the day against the real availability; a day without free times is asked again.</summary>
    private async Task<DialogTurnResult> SlotStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Request(step);
        if (step.Result is RecognizedEntities when) (request.Date, request.Time) = (when.Date, when.Time ?? request.Time);
        if (_catalog.FindType(request.Service) is not { } service) return await step.EndDialogAsync(null, cancellationToken);
        var zone = SchedulingTimeZones.Find(request.TimeZone) ?? _zones.Business;
        var offer = await _slots.FindAsync(service, request.Date!.Value, request.Time, zone, cancellationToken);
        if (offer.Problem is { } problem)
        {
            await step.Context.SendActivityAsync(problem, cancellationToken: cancellationToken);
            return await AskDayAgainAsync(step, request, cancellationToken);
        }
        return offer.WantedIsFree
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(SlotPromptId, offer.ToPromptOptions(), cancellationToken);
    }

    /// <summary>Ends with the picked slot (or the wanted one, when it was free); "another day" asks for the day again.</summary>
    private static async Task<DialogTurnResult> PickedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = Request(step);
        if (step.Result is FoundChoice picked)
        {
            if (SlotChoices.Start(picked.Value) is not { } start) return await AskDayAgainAsync(step, request, cancellationToken);
            (request.Date, request.Time) = (DateOnly.FromDateTime(start.DateTime), TimeOnly.FromDateTime(start.DateTime));
        }
        return await step.EndDialogAsync(new PickedSlot(request.Date!.Value, request.Time!.Value), cancellationToken);
    }

    private static Task<DialogTurnResult> AskDayAgainAsync(WaterfallStepContext step, PickSlotOptions request, CancellationToken cancellationToken)
    {
        (request.Date, request.Time) = (null, null);
        return step.ReplaceDialogAsync(FlowId, request, cancellationToken);
    }

    private static PickSlotOptions Request(WaterfallStepContext step) =>
        step.GetOptions<PickSlotOptions>() ?? throw new InvalidOperationException($"{nameof(PickSlotDialog)} runs without {nameof(PickSlotOptions)}.");
}
