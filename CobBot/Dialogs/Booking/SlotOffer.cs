using CobBot.Framework.Builder;
using CobBot.Framework.Dialogs;
using CobBot.Scheduling;

namespace CobBot.Dialogs.Booking;

/// <summary>What to do about a wanted day (and maybe time), from <see cref="SlotOffers.FindAsync"/>.</summary>
/// <param name="Problem">Why the day has no free times (ask for another day), or null.</param>
/// <param name="WantedIsFree">The wanted time is free: take it without asking.</param>
/// <param name="Text">The sentence that offers <paramref name="Slots"/>.</param>
/// <param name="Slots">The free slots to offer.</param>
public sealed record SlotOffer(string? Problem, bool WantedIsFree, string Text, IReadOnlyList<FreeSlot> Slots)
{
    /// <summary>The options of a <see cref="SlotPrompt"/> offering <see cref="Slots"/>.</summary>
    public PromptOptions ToPromptOptions() => new()
    {
        Prompt = MessageFactory.Text(Text),
        RetryPrompt = MessageFactory.Text(BookingTexts.SlotRetry),
        Choices = SlotChoices.For(Slots),
    };
}
