namespace CobBot.Admin;

/// <summary>How admin tokens are signed and how long they live.</summary>
public sealed class AdminJwtOptions
{
    public string Issuer { get; set; } = "cobbot";
    public string Audience { get; set; } = "cobbot-admin";

    /// <summary>HMAC-SHA256 key, at least 32 characters; env <c>JWT_SECRET_KEY</c>. Generated per process in Development when empty.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
