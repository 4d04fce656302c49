using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CobBot.Email;

/// <summary>Registers outgoing email: options, the transport, the outbox and its background worker.</summary>
public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="EmailOptions"/> (<c>Email</c>), registers <see cref="EmailOutbox"/>, <see cref="OutboxProcessor"/>,
    /// the <see cref="OutboxDispatcher"/> worker and <see cref="IMailTransport"/>: SMTP when <c>Email:Smtp:Host</c> is
    /// set, otherwise .eml files in <c>Email:PickupDirectory</c> (relative to the content root). Needs the app
    /// database (<c>AddCobBotData</c>).
    /// </summary>
    public static IServiceCollection AddCobBotEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>()
            .BindConfiguration(EmailOptions.SectionName)
            .Validate(o => MailboxAddress.TryParse(o.From, out _), "Email:From must be an email address.")
            .Validate(o => o.Smtp.Port is > 0 and < 65536 && o.Smtp.TimeoutSeconds > 0, "Email:Smtp:Port or TimeoutSeconds is out of range.")
            .Validate(o => o.Outbox is { PollIntervalSeconds: > 0, InitialRetryDelaySeconds: > 0, MaxRetryDelaySeconds: > 0, MaxAttempts: > 0, LeaseSeconds: > 0, BatchSize: > 0, RetentionDays: > 0 },
                "Email:Outbox values must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<EmailOutbox>();
        services.TryAddSingleton<OutboxProcessor>();
        services.TryAddSingleton<IMailTransport>(sp =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<EmailOptions>>();
            if (!string.IsNullOrWhiteSpace(options.CurrentValue.Smtp.Host)) return new SmtpMailTransport(options);
            var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            return new PickupDirectoryMailTransport(Path.GetFullPath(Path.Combine(root, options.CurrentValue.PickupDirectory)));
        });
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
