using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Framework.Dialogs.Choices;
using CobBot.Framework.Schema;
using CobBot.Recognition;
using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Offers free slots (<see cref="SlotChoices"/>) and reads the pick: a time the customer types ("3pm", "at 2",
/// "Friday at 10:30") must be one of the offered slots; otherwise a button title, a position ("the second one") or
/// "another day" is recognised as by a choice prompt.
/// </summary>
public sealed class SlotPrompt(string dialogId, IEntityExtractor extractor, SchedulingTimeZones zones) : Prompt<FoundChoice>(dialogId)
{
    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        var activity = PromptActivity(options, isRetry) ?? MessageFactory.Text(string.Empty, inputHint: InputHints.ExpectingInput);
        return turnContext.SendActivityAsync(AppendChoices(activity, turnContext.Activity.ChannelId, [.. options.Choices ?? []], options.Style ?? ListStyle.Auto), cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var text = turnContext.Activity.Text;
        var choices = options.Choices?.ToList() ?? [];
        if (string.IsNullOrWhiteSpace(text)) return Recognized(null);

        if (ChoiceRecognizer.Recognize(text, choices) is { Score: 1.0 } exact) return Recognized(exact);
        var zone = SchedulingTimeZones.Find(turnContext.Activity.LocalTimezone) ?? zones.Business;
        var entities = extractor.Extract(text, zone);
        return Recognized(entities.Time is { } time ? ByTime(time, entities.Date, choices) : ChoiceRecognizer.Recognize(text, choices));
    }

    /// <summary>
    /// The offered slot at the typed time (and date, when one was typed too). A typed time that is not on offer is
    /// not recognised, so the customer is asked again rather than given a different time.
    /// </summary>
    private static FoundChoice? ByTime(TimeOnly time, DateOnly? date, List<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (SlotChoices.Start(choices[i].Value) is not { } start) continue;
            var sameTime = TimeOnly.FromTimeSpan(start.TimeOfDay) == time;
            var sameDate = date is not { } day || DateOnly.FromDateTime(start.DateTime) == day;
            if (sameTime && sameDate) return new FoundChoice(choices[i].Value, i, 1.0, choices[i].Action?.Title ?? choices[i].Value);
        }
        return null;
    }

    private static Task<PromptRecognizerResult<FoundChoice>> Recognized(FoundChoice? found) =>
        Task.FromResult(new PromptRecognizerResult<FoundChoice>(found is not null, found));
}
