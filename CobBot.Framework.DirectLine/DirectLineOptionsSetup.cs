using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CobBot.Framework.DirectLine;

/// <summary>
/// Completes and checks <see cref="DirectLineOptions"/>: generates a secret in Development when none is configured
/// (tokens then end with the process), and refuses to start elsewhere without one or with too short a token life.
/// </summary>
internal sealed class DirectLineOptionsSetup(IHostEnvironment environment, ILogger<DirectLineOptionsSetup> logger)
    : IPostConfigureOptions<DirectLineOptions>, IValidateOptions<DirectLineOptions>
{
    /// <summary>The shortest secret accepted, in characters.</summary>
    public const int MinimumSecretLength = 32;

    public void PostConfigure(string? name, DirectLineOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Secret) || !environment.IsDevelopment()) return;
        options.Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        logger.LogInformation("No DirectLine:Secret configured; generated one for this Development run.");
    }

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Secret))
            failures.Add("DirectLine:Secret is required outside Development (a random string of at least 32 characters).");
        else if (options.Secret.Length < MinimumSecretLength)
            failures.Add($"DirectLine:Secret must have at least {MinimumSecretLength} characters.");
        if (options.TokenLifetime < TimeSpan.FromMinutes(30))
            failures.Add("DirectLine:TokenLifetime must be at least 30 minutes (Web Chat refreshes tokens every 15).");
        if (options.StreamUrlLifetime <= TimeSpan.Zero)
            failures.Add("DirectLine:StreamUrlLifetime must be positive.");
        if (options.StreamPollInterval <= TimeSpan.Zero)
            failures.Add("DirectLine:StreamPollInterval must be positive.");
        if (options.ConversationRetention < options.TokenLifetime)
            failures.Add("DirectLine:ConversationRetention must be at least DirectLine:TokenLifetime.");
        if (options.RetentionCheckInterval <= TimeSpan.Zero)
            failures.Add("DirectLine:RetentionCheckInterval must be positive.");
        if (string.IsNullOrWhiteSpace(options.BotId))
            failures.Add("DirectLine:BotId is required.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
