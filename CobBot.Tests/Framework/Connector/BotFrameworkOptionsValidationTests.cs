using CobBot.Framework.Authentication;
using CobBot.Framework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CobBot.Tests.Framework.Connector;

public sealed class BotFrameworkOptionsValidationTests
{
    private const string AppId = ConnectorHarness.AppId;
    private const string Tenant = ConnectorHarness.TenantId;

    [Theory]
    [InlineData("SingleTenant", AppId, "", "secret", "MicrosoftAppTenantId is required")]
    [InlineData("SingleTenant", AppId, Tenant, "", "MicrosoftAppPassword is required")]
    [InlineData("SingleTenant", "", Tenant, "secret", "MicrosoftAppId is required")]
    [InlineData("UserAssignedMSI", AppId, Tenant, "secret", "MicrosoftAppPassword must be empty")]
    [InlineData("UserAssignedMSI", AppId, "", "", "MicrosoftAppTenantId is required")]
    public async Task InvalidIdentityFailsAtStartup(string appType, string appId, string tenantId, string password, string expected)
    {
        using var host = BuildHost(new()
        {
            ["MicrosoftAppType"] = appType, ["MicrosoftAppId"] = appId, ["MicrosoftAppTenantId"] = tenantId, ["MicrosoftAppPassword"] = password,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, failure => failure.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BadEndpointsFailAtStartup()
    {
        using var host = BuildHost(new() { ["OAuthAuthorityHost"] = "login.microsoftonline.com", ["ManagedIdentityEndpoint"] = "", ["OAuthScope"] = " " });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(3, error.Failures.Count());
    }

    [Theory]
    [InlineData("", "", "", "")]
    [InlineData("MultiTenant", AppId, "", "secret")]
    [InlineData("SingleTenant", AppId, Tenant, "secret")]
    [InlineData("UserAssignedMSI", AppId, Tenant, "")]
    public async Task ValidIdentityStarts(string appType, string appId, string tenantId, string password)
    {
        using var host = BuildHost(new()
        {
            ["MicrosoftAppType"] = appType, ["MicrosoftAppId"] = appId, ["MicrosoftAppTenantId"] = tenantId, ["MicrosoftAppPassword"] = password,
        });

        await host.StartAsync();
        await host.StopAsync();
    }

    [Theory]
    [InlineData("", MicrosoftAppType.MultiTenant)]
    [InlineData("singletenant", MicrosoftAppType.SingleTenant)]
    [InlineData(" UserAssignedMSI ", MicrosoftAppType.UserAssignedMSI)]
    [InlineData("NotAType", MicrosoftAppType.MultiTenant)]
    [InlineData("7", MicrosoftAppType.MultiTenant)]
    public void AppTypeIsReadLikeTheSdk(string configured, MicrosoftAppType expected)
    {
        using var host = BuildHost(new()
        {
            ["MicrosoftAppType"] = configured, ["MicrosoftAppId"] = AppId, ["MicrosoftAppTenantId"] = Tenant,
            ["MicrosoftAppPassword"] = expected == MicrosoftAppType.UserAssignedMSI ? "" : "secret",
        });

        Assert.Equal(expected, host.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.MicrosoftAppType);
    }

    [Fact]
    public void BindingTwiceIsHarmless()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId });
        builder.Services.AddOptions<BotFrameworkOptions>().Bind(builder.Configuration);
        builder.Services.AddBotConnector(builder.Configuration);
        using var host = builder.Build();

        Assert.Equal(AppId, host.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.MicrosoftAppId);
        Assert.Single(host.Services.GetServices<IValidateOptions<BotFrameworkOptions>>());
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotConnector(builder.Configuration);
        return builder.Build();
    }
}
