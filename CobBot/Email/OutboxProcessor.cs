using System.Net.Sockets;
using CobBot.Data;
using CobBot.Email.Persistence;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CobBot.Email;

/// <summary>
/// Delivers due outbox messages once: claims each (a lease, so a second worker skips it), sends it, and records
/// success or schedules the next attempt with exponential backoff; then deletes finished messages older than
/// <see cref="OutboxOptions.RetentionDays"/>. All times come from <see cref="TimeProvider"/>.
/// </summary>
public sealed class OutboxProcessor(
    IDbContextFactory<CobBotDbContext> contextFactory,
    IMailTransport transport,
    TimeProvider timeProvider,
    IOptionsMonitor<EmailOptions> options,
    ILogger<OutboxProcessor> logger)
{
    /// <summary>Delivers the messages due now and deletes the expired finished ones.</summary>
    public async Task<OutboxPassResult> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue.Outbox;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = Now();
        var due = await db.OutboxMessages
            .Where(m => m.NextAttemptUtc != null && m.NextAttemptUtc <= now)
            .OrderBy(m => m.NextAttemptUtc)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);

        int sent = 0, failed = 0;
        foreach (var message in due)
        {
            if (!await TryClaimAsync(db, message, settings, cancellationToken)) continue;
            if (await TrySendAsync(message, settings, cancellationToken)) sent++;
            else failed++;
            // The outcome is recorded even when shutdown was requested mid-send.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        var nextDue = await db.OutboxMessages
            .Where(m => m.NextAttemptUtc != null)
            .OrderBy(m => m.NextAttemptUtc)
            .Select(m => m.NextAttemptUtc)
            .FirstOrDefaultAsync(cancellationToken);
        return new OutboxPassResult(sent, failed, nextDue, await DeleteExpiredAsync(db, settings, cancellationToken));
    }

    private async Task<int> DeleteExpiredAsync(CobBotDbContext db, OutboxOptions settings, CancellationToken cancellationToken)
    {
        var cutoff = Now().AddDays(-settings.RetentionDays);
        var deleted = await db.OutboxMessages
            .Where(m => m.NextAttemptUtc == null && m.CreatedUtc < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0) logger.LogInformation("Deleted {Count} finished outbox message(s) older than {Days} days", deleted, settings.RetentionDays);
        return deleted;
    }

    private async Task<bool> TryClaimAsync(CobBotDbContext db, OutboxMessage message, OutboxOptions settings, CancellationToken cancellationToken)
    {
        message.NextAttemptUtc = Now().AddSeconds(settings.LeaseSeconds);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(message).State = EntityState.Detached;
            return false;
        }
    }

    private async Task<bool> TrySendAsync(OutboxMessage message, OutboxOptions settings, CancellationToken cancellationToken)
    {
        message.Attempts++;
        try
        {
            await transport.SendAsync(message.ToMimeMessage(), cancellationToken);
            message.SentUtc = Now();
            message.NextAttemptUtc = null;
            message.LastError = null;
            logger.LogInformation("Outbox message {OutboxId} delivered on attempt {Attempts}", message.Id, message.Attempts);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.LastError = Describe(ex);
            message.NextAttemptUtc = message.Attempts >= settings.MaxAttempts ? null : Now() + settings.RetryDelay(message.Attempts);
            logger.LogWarning("Outbox message {OutboxId} attempt {Attempts} failed ({Error}); next attempt {NextAttemptUtc:o}",
                message.Id, message.Attempts, message.LastError, message.NextAttemptUtc);
            return false;
        }
    }

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;

    // Exception messages from relays can quote recipient addresses, so only the kind and status are kept.
    private static string Describe(Exception ex) => ex switch
    {
        SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode} {smtp.ErrorCode}",
        SmtpProtocolException => "SMTP protocol error",
        MailKit.Security.AuthenticationException => "SMTP authentication failed",
        SocketException socket => $"Socket {socket.SocketErrorCode}",
        _ => ex.GetType().Name,
    };
}
