using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CobBot.Admin;

/// <summary>
/// The console users from configuration plus the built-in <c>admin</c> (from <c>ADMIN_PASSWORD</c>, or in
/// Development a generated password printed once at start). Verifies passwords in constant work for unknown names.
/// </summary>
public sealed class AdminUserStore
{
    private static readonly PasswordHasher<AdminUser> Hasher = new();
    private readonly Dictionary<string, AdminUser> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _dummyHash;

    public AdminUserStore(IOptions<AdminOptions> options, IHostEnvironment environment)
    {
        var admin = options.Value;
        foreach (var user in admin.Users.Where(u => !string.IsNullOrWhiteSpace(u.Username)))
            _users[user.Username] = new AdminUser(user.Username, user.PasswordHash, user.Roles.Count > 0 ? user.Roles : [AdminRoles.Agent]);

        var password = admin.AdminPassword;
        if (string.IsNullOrEmpty(password) && !_users.ContainsKey("admin") && environment.IsDevelopment())
        {
            password = RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 20);
            Console.WriteLine($"CobBot admin console: user 'admin', generated password '{password}' (set ADMIN_PASSWORD to choose one).");
        }
        if (!string.IsNullOrEmpty(password))
            _users["admin"] = new AdminUser("admin", HashPassword(password), [AdminRoles.Admin]);

        _dummyHash = HashPassword(RandomNumberGenerator.GetHexString(16));
    }

    /// <summary>Hashes a password in the format <see cref="AdminUserOptions.PasswordHash"/> expects.</summary>
    public static string HashPassword(string password) => Hasher.HashPassword(null!, password);

    /// <summary>Returns the user when the name and password match, otherwise null.</summary>
    public AdminUser? Verify(string username, string password)
    {
        if (!_users.TryGetValue(username, out var user))
        {
            Hasher.VerifyHashedPassword(null!, _dummyHash, password);
            return null;
        }
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }
}
