namespace CobBot.Email;

/// <summary>Outgoing email, bound from the <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Email";

    /// <summary>Sender and calendar organiser, e.g. <c>COB Company &lt;appointments@cobcompany.com&gt;</c>.</summary>
    public string From { get; set; } = "COB Company <appointments@cobcompany.com>";

    /// <summary>SMTP relay; when <see cref="SmtpOptions.Host"/> is empty, mail goes to <see cref="PickupDirectory"/>.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Folder for .eml files when no SMTP host is configured; relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("App_Data", "mail-pickup");

    /// <summary>Delivery retries.</summary>
    public OutboxOptions Outbox { get; set; } = new();
}
