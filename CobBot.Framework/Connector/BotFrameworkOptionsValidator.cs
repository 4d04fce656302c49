using CobBot.Framework.Authentication;
using Microsoft.Extensions.Options;

namespace CobBot.Framework.Connector;

/// <summary>
/// Startup checks of <see cref="BotFrameworkOptions"/>, as the SDK's credential factory makes them: SingleTenant needs
/// an app id, tenant and password; UserAssignedMSI needs an app id and tenant and must have no password.
/// </summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        var type = options.MicrosoftAppType;
        if (type is MicrosoftAppType.SingleTenant or MicrosoftAppType.UserAssignedMSI)
        {
            if (!options.IsAuthenticationEnabled)
            {
                failures.Add($"MicrosoftAppId is required when MicrosoftAppType is {type}.");
            }
            if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {type}.");
            }
        }
        if (type == MicrosoftAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppPassword is required when MicrosoftAppType is SingleTenant.");
        }
        if (type == MicrosoftAppType.UserAssignedMSI && !string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI.");
        }
        if (!IsHttpUrl(options.OAuthAuthorityHost))
        {
            failures.Add("OAuthAuthorityHost must be an absolute http(s) URL.");
        }
        if (!IsHttpUrl(options.ManagedIdentityEndpoint))
        {
            failures.Add("ManagedIdentityEndpoint must be an absolute http(s) URL.");
        }
        if (string.IsNullOrWhiteSpace(options.OAuthScope))
        {
            failures.Add("OAuthScope must not be empty.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
