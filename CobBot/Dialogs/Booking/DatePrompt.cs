using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Recognition;
using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

/// <summary>
/// Asks for a day and reads it with the entity extractor ("next Tuesday", "March 10", "tomorrow at 3pm"), resolving
/// relative dates in the customer's zone (Eastern when unknown). The result carries the date and, when given, the time.
/// </summary>
public sealed class DatePrompt(string dialogId, IEntityExtractor extractor, SchedulingTimeZones zones) : Prompt<RecognizedEntities>(dialogId)
{
    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<RecognizedEntities>> OnRecognizeAsync(
        ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var text = turnContext.Activity.Text;
        var zone = SchedulingTimeZones.Find(turnContext.Activity.LocalTimezone) ?? zones.Business;
        var entities = string.IsNullOrWhiteSpace(text) ? RecognizedEntities.Empty : extractor.Extract(text, zone);
        return Task.FromResult(new PromptRecognizerResult<RecognizedEntities>(entities.Date is not null, entities));
    }
}
