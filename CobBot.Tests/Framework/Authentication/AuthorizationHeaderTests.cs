using CobBot.Framework.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CobBot.Tests.Framework.Authentication;

/// <summary>The Authorization header, disabled authentication and DI registration.</summary>
public sealed class AuthorizationHeaderTests : AuthenticationTestBase
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Without_an_app_id_a_request_without_a_header_is_accepted_anonymously(string? header)
    {
        var authenticator = CreateAuthenticator(s => s["MicrosoftAppId"] = "");

        var caller = await authenticator.AuthenticateAsync(Message(), header);

        Assert.False(caller.IsAuthenticated);
        Assert.False(caller.Identity.IsAuthenticated);
        Assert.Empty(caller.Identity.Claims);
        Assert.Null(caller.CallerId);
        Assert.Equal(0, ChannelServer.ConfigurationRequests);
    }

    [Theory]
    [InlineData("Bearer garbage")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    public async Task Without_an_app_id_a_header_that_is_present_is_still_rejected(string header)
    {
        var authenticator = CreateAuthenticator(s => s["MicrosoftAppId"] = "");

        await AssertRejectedAsync(authenticator, Message(), header);
    }

    [Fact]
    public async Task Without_an_app_id_even_a_correctly_signed_token_is_rejected()
    {
        var authenticator = CreateAuthenticator(s => s["MicrosoftAppId"] = null);

        await AssertRejectedAsync(authenticator, Message(), $"Bearer {ChannelToken(c => c["aud"] = "")}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task With_an_app_id_a_request_without_a_header_gets_401(string? header)
    {
        var authenticator = CreateAuthenticator();

        var exception = await Assert.ThrowsAsync<BotAuthenticationException>(() => authenticator.AuthenticateAsync(Message(), header));

        Assert.Equal(401, exception.StatusCode);
    }

    [Theory]
    [InlineData("Basic {0}")]
    [InlineData("Token {0}")]
    [InlineData("{0}")]
    [InlineData("Bearer {0} extra")]
    [InlineData("Bearer")]
    [InlineData("Bearer not.a.jwt")]
    public async Task A_header_that_is_not_a_bearer_jwt_gets_401(string format)
    {
        var authenticator = CreateAuthenticator();
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, ChannelToken());

        await AssertRejectedAsync(authenticator, Message(), header);
    }

    [Fact]
    public async Task The_bearer_scheme_is_matched_case_insensitively()
    {
        var authenticator = CreateAuthenticator();

        Assert.True((await authenticator.AuthenticateAsync(Message(), $"bearer {ChannelToken()}")).IsAuthenticated);
    }

    [Fact]
    public void AddBotAuthentication_binds_the_sdk_keys_from_the_configuration_root_and_registers_a_singleton()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "tenant",
            ["ChannelOpenIdMetadataUrl"] = "https://login.example/v1/.well-known/openidconfiguration",
        }).Build();
        using var provider = new ServiceCollection().AddBotAuthentication(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        Assert.Equal(AppId, options.MicrosoftAppId);
        Assert.Equal(MicrosoftAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal("tenant", options.MicrosoftAppTenantId);
        Assert.Equal("https://login.example/v1/.well-known/openidconfiguration", options.ChannelOpenIdMetadataUrl);
        Assert.IsType<BotFrameworkAuthenticator>(provider.GetRequiredService<IBotAuthenticator>());
        Assert.Same(provider.GetRequiredService<IBotAuthenticator>(), provider.GetRequiredService<IBotAuthenticator>());
    }
}
