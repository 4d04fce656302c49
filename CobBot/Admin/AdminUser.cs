namespace CobBot.Admin;

/// <summary>A console user as the app knows it: a name, a password hash and roles.</summary>
public sealed record AdminUser(string Username, string PasswordHash, IReadOnlyList<string> Roles);
