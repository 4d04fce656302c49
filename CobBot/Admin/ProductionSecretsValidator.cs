using Microsoft.Extensions.Options;

namespace CobBot.Admin;

/// <summary>
/// Refuses to start in Production with a missing, short or well-known signing key, or with no admin
/// password / a default one. Runs at start (ValidateOnStart), so a misconfigured deployment never serves.
/// </summary>
public sealed class ProductionSecretsValidator(IHostEnvironment environment) : IValidateOptions<AdminOptions>
{
    private const int MinimumKeyLength = 32;

    private static readonly HashSet<string> KnownDefaults = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "admin123", "password", "changeme", "change-me", "secret", "your-secret-key",
        "your-secret-key-here", "your-secret-key-change-in-production", "development-secret", "cobbot",
    };

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        if (!environment.IsProduction()) return ValidateOptionsResult.Success;

        var failures = new List<string>();
        var key = options.Jwt.SigningKey;
        if (string.IsNullOrWhiteSpace(key))
            failures.Add("JWT_SECRET_KEY (Admin:Jwt:SigningKey) is not set.");
        else if (key.Length < MinimumKeyLength || KnownDefaults.Contains(key))
            failures.Add($"JWT_SECRET_KEY (Admin:Jwt:SigningKey) is a default or shorter than {MinimumKeyLength} characters.");

        if (string.IsNullOrEmpty(options.AdminPassword) && options.Users.Count == 0)
            failures.Add("No console user is configured: set ADMIN_PASSWORD or Admin:Users.");
        else if (options.AdminPassword is { } password && (password.Length < 12 || KnownDefaults.Contains(password)))
            failures.Add("ADMIN_PASSWORD is a default or shorter than 12 characters.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
