namespace CobBot.Admin;

/// <summary>The <c>Admin</c> configuration section.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    public AdminJwtOptions Jwt { get; set; } = new();
    public List<AdminUserOptions> Users { get; set; } = [];
    public LoginThrottleOptions Login { get; set; } = new();

    /// <summary>Password of the built-in <c>admin</c> user; env <c>ADMIN_PASSWORD</c>. Hashed at start, never stored.</summary>
    public string? AdminPassword { get; set; }
}
