namespace CobBot.Admin;

/// <summary>A console user from configuration. Only the password hash is stored (ASP.NET Core Identity's PBKDF2 format).</summary>
public sealed class AdminUserOptions
{
    public string Username { get; set; } = "";

    /// <summary>Produce one with <c>dotnet run --project CobBot -- hash-password</c>.</summary>
    public string PasswordHash { get; set; } = "";

    public List<string> Roles { get; set; } = [];
}
