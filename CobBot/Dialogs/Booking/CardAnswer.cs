using CobBot.Cards;

namespace CobBot.Dialogs.Booking;

/// <summary>The customer's answer to the booking summary.</summary>
/// <param name="Action"><see cref="BookingCards.Confirm"/>, <see cref="BookingCards.Change"/> or <see cref="BookingCards.Cancel"/>.</param>
/// <param name="Submission">The button press, or null when the answer was typed.</param>
public sealed record CardAnswer(string Action, CardSubmission? Submission);
