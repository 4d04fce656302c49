using CobBot.Framework.Schema;
using Microsoft.IdentityModel.Tokens;

namespace CobBot.Tests.Framework.Authentication;

/// <summary>Channel-service tokens (issuer <c>https://api.botframework.com</c>).</summary>
public sealed class ChannelAuthenticationTests : AuthenticationTestBase
{
    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256, Channels.Msteams, ServiceUrl)]
    [InlineData(SecurityAlgorithms.RsaSha384, Channels.Webchat, ServiceUrl)]
    [InlineData(SecurityAlgorithms.RsaSha512, Channels.Directline, ServiceUrl)]
    [InlineData(SecurityAlgorithms.RsaSha256, Channels.Msteams, "HTTPS://SMBA.trafficmanager.net/AMER/")]
    public async Task A_valid_channel_token_is_accepted_with_the_azure_caller_id(string algorithm, string channelId, string activityServiceUrl)
    {
        var authenticator = CreateAuthenticator();

        var caller = await authenticator.AuthenticateAsync(Message(channelId, activityServiceUrl), $"Bearer {ChannelToken(algorithm: algorithm)}");

        Assert.True(caller.IsAuthenticated);
        Assert.Equal(CallerIdConstants.PublicAzureChannel, caller.CallerId);
        Assert.Equal(AppId, caller.Identity.FindFirst("aud")?.Value);
        Assert.Equal(ServiceUrl, caller.Identity.FindFirst("serviceurl")?.Value);
    }

    [Theory]
    [InlineData(-4, true)]   // expired 4 min ago: inside the 5 min skew
    [InlineData(-6, false)]  // expired 6 min ago: beyond it
    public async Task Expiry_is_checked_with_five_minutes_of_skew_on_the_injected_clock(int expiresInMinutes, bool accepted)
    {
        var authenticator = CreateAuthenticator();
        var token = ChannelToken(c =>
        {
            c["nbf"] = Time.GetUtcNow().AddHours(-1).ToUnixTimeSeconds();
            c["exp"] = Time.GetUtcNow().AddMinutes(expiresInMinutes).ToUnixTimeSeconds();
        });

        if (accepted)
            Assert.True((await authenticator.AuthenticateAsync(Message(), $"Bearer {token}")).IsAuthenticated);
        else
            Assert.Contains("expired", (await AssertRejectedAsync(authenticator, Message(), $"Bearer {token}")).Message);
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(6, false)]
    public async Task Not_before_is_checked_with_five_minutes_of_skew(int notBeforeInMinutes, bool accepted)
    {
        var authenticator = CreateAuthenticator();
        var token = ChannelToken(c => c["nbf"] = Time.GetUtcNow().AddMinutes(notBeforeInMinutes).ToUnixTimeSeconds());

        if (accepted)
            Assert.True((await authenticator.AuthenticateAsync(Message(), $"Bearer {token}")).IsAuthenticated);
        else
            Assert.Contains("not valid yet", (await AssertRejectedAsync(authenticator, Message(), $"Bearer {token}")).Message);
    }

    public static TheoryData<string, string, string> ChangedClaims => new()
    {
        { "aud", "00000000-0000-0000-0000-000000000000", "audience" },
        { "aud", "https://api.botframework.com", "audience" },
        { "iss", "https://api.botframework.com/", "issuer" },
        { "iss", "https://evil.example", "issuer" },
        { "serviceurl", "https://evil.example/amer/", "serviceurl" },
        { "serviceurl", "https://smba.trafficmanager.net/amer", "serviceurl" },
    };

    [Theory]
    [MemberData(nameof(ChangedClaims))]
    public async Task Changing_one_claim_gets_401(string claim, string value, string reason)
    {
        var authenticator = CreateAuthenticator();

        var exception = await AssertRejectedAsync(authenticator, Message(), $"Bearer {ChannelToken(c => c[claim] = value)}");
        Assert.Contains(reason, exception.Message);
    }

    [Fact]
    public async Task A_token_without_an_expiry_gets_401()
    {
        var authenticator = CreateAuthenticator();

        var exception = await AssertRejectedAsync(authenticator, Message(), $"Bearer {ChannelToken(c => c.Remove("exp"))}");
        Assert.Contains("expiry", exception.Message);
    }

    [Fact]
    public async Task A_token_signed_with_an_algorithm_other_than_rs256_384_512_gets_401()
    {
        var authenticator = CreateAuthenticator();

        await AssertRejectedAsync(authenticator, Message(), $"Bearer {ChannelToken(algorithm: SecurityAlgorithms.RsaSsaPssSha256)}");
    }

    [Fact]
    public async Task An_unsigned_token_gets_401()
    {
        var authenticator = CreateAuthenticator();
        var signed = ChannelToken();
        var unsigned = string.Join('.', signed.Split('.')[..2]) + ".";

        await AssertRejectedAsync(authenticator, Message(), $"Bearer {unsigned}");
    }

    [Fact]
    public async Task A_token_without_a_serviceurl_claim_gets_401()
    {
        var authenticator = CreateAuthenticator();

        var exception = await AssertRejectedAsync(authenticator, Message(), $"Bearer {ChannelToken(c => c.Remove("serviceurl"))}");
        Assert.Contains("serviceurl", exception.Message);
    }

    [Theory]
    [InlineData("slack")]
    [InlineData(Channels.Emulator)]
    [InlineData("")]
    public async Task A_key_not_endorsed_for_the_activity_channel_gets_403(string channelId)
    {
        var authenticator = CreateAuthenticator();

        await AssertRejectedAsync(authenticator, Message(channelId), $"Bearer {ChannelToken()}", statusCode: 403);
    }

    [Fact]
    public async Task A_key_without_endorsements_gets_403()
    {
        var bare = NewKey("bare-key");
        ChannelServer.Publish(ChannelKey, bare);
        var authenticator = CreateAuthenticator();

        await AssertRejectedAsync(authenticator, Message(), $"Bearer {ChannelToken(key: bare)}", statusCode: 403);
    }

    [Fact]
    public async Task A_tampered_payload_fails_the_signature_check()
    {
        var authenticator = CreateAuthenticator();
        var token = Tamper(ChannelToken(), payload => payload["serviceurl"] = "https://evil.example/");

        var exception = await AssertRejectedAsync(authenticator, Message(serviceUrl: "https://evil.example/"), $"Bearer {token}");
        Assert.Contains("signature", exception.Message);
    }

    [Fact]
    public async Task A_token_signed_by_a_foreign_key_under_a_published_kid_gets_401()
    {
        var foreign = NewKey(ChannelKey.KeyId, Channels.Msteams);
        var authenticator = CreateAuthenticator();

        await AssertRejectedAsync(authenticator, Message(), $"Bearer {ChannelToken(key: foreign)}");
    }

    [Fact]
    public async Task A_channel_token_signed_with_an_emulator_key_gets_401()
    {
        var authenticator = CreateAuthenticator();

        await AssertRejectedAsync(authenticator, Message(), $"Bearer {ChannelToken(key: EmulatorKey)}");
    }
}
