using CobBot.Data;
using CobBot.Email.Persistence;
using MimeKit;

namespace CobBot.Email;

/// <summary>
/// Queues mail inside the caller's unit of work: <see cref="Add"/> before <c>SaveChanges</c>/commit, then
/// <see cref="Notify"/> after the commit so the worker sends it straight away.
/// </summary>
public sealed class EmailOutbox(TimeProvider timeProvider, OutboxSignal signal)
{
    /// <summary>Adds <paramref name="message"/> to <paramref name="db"/>; it is stored when the caller saves.</summary>
    public OutboxMessage Add(CobBotDbContext db, MimeMessage message)
    {
        var entry = OutboxMessage.Create(message, timeProvider.GetUtcNow().UtcDateTime);
        db.OutboxMessages.Add(entry);
        return entry;
    }

    /// <summary>Wakes the delivery worker; call after the transaction that added mail has committed.</summary>
    public void Notify() => signal.Notify();
}
