namespace CobBot.Email;

/// <summary>The SMTP relay (<c>Email:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    /// <summary>Host name; empty means "no SMTP, use the pickup folder".</summary>
    public string? Host { get; set; }

    /// <summary>Port: 587 (STARTTLS) by default; 465 means TLS on connect.</summary>
    public int Port { get; set; } = 587;

    /// <summary>User name; no authentication when empty.</summary>
    public string? User { get; set; }

    /// <summary>Password for <see cref="User"/>.</summary>
    public string? Password { get; set; }

    /// <summary>Require TLS (STARTTLS, or TLS on connect for port 465). Off only for local test relays.</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>Connect/command timeout in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
