namespace CobBot.Dialogs.Handoff;

/// <summary>The result a <see cref="HandoffDialog"/> ends with.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="EscalationId">The escalation record.</param>
/// <param name="CallbackTicket">For <see cref="HandoffDialogOutcome.CallbackRequested"/>, the ticket number.</param>
public sealed record HandoffDialogResult(HandoffDialogOutcome Outcome, int EscalationId, string? CallbackTicket = null);
