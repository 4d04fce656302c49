namespace CobBot.Dialogs.Booking;

/// <summary>The options of a <see cref="ContactQuestionDialog"/>.</summary>
/// <param name="Known">What the customer already said, if anything: asked only when it cannot be read.</param>
/// <param name="Question">The question.</param>
/// <param name="Retry">Said when an answer cannot be read.</param>
public sealed record ContactQuestion(string? Known, string Question, string Retry);
