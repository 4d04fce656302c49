using CobBot.Handoff;

namespace CobBot.Dialogs.Handoff;

/// <summary>How a <see cref="HandoffDialog"/> ended; the caller routes on it.</summary>
public enum HandoffDialogOutcome
{
    /// <summary>Support is open: the customer is queued for (or already with) an agent. Keep calling <see cref="HandoffService.TryRelayAsync"/> first.</summary>
    Connected,
    /// <summary>After hours: a callback ticket was opened.</summary>
    CallbackRequested,
    /// <summary>After hours: the customer wants a Support Session — begin the booking dialog for it.</summary>
    BookSupportSession,
    /// <summary>After hours: the customer wants neither.</summary>
    Declined,
}
