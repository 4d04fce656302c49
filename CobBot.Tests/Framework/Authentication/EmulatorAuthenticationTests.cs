using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Authentication;

/// <summary>Identity-platform tokens (Emulator path).</summary>
public sealed class EmulatorAuthenticationTests : AuthenticationTestBase
{
    private const string TenantId = "5c1e7f0a-3b2d-4e6f-8a9b-0c1d2e3f4a5b";

    public static TheoryData<string, string, string> AcceptedTokens => new()
    {
        { EmulatorV1Issuer, "1.0", "appid" },
        { "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/", "1.0", "appid" },
        { EmulatorV2Issuer, "2.0", "azp" },
        { "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0", "2.0", "azp" },
        { EmulatorV1Issuer, "", "appid" },
    };

    [Theory]
    [MemberData(nameof(AcceptedTokens))]
    public async Task A_token_naming_this_app_in_the_claim_its_version_uses_is_accepted(string issuer, string version, string callerClaim)
    {
        var authenticator = CreateAuthenticator();
        var token = EmulatorToken(c =>
        {
            c["iss"] = issuer;
            c["ver"] = version;
            c.Remove("appid");
            c[callerClaim] = AppId;
        });

        var caller = await authenticator.AuthenticateAsync(Message(Channels.Emulator, "http://localhost:52711"), $"Bearer {token}");

        Assert.True(caller.IsAuthenticated);
        Assert.Null(caller.CallerId);
        Assert.Equal(AppId, caller.Identity.FindFirst(callerClaim)?.Value);
    }

    public static TheoryData<string, Action<Dictionary<string, object>>> RejectedTokens => new()
    {
        { "missing ver", c => c.Remove("ver") },
        { "unknown ver", c => c["ver"] = "3.0" },
        { "v1 appid of another app", c => c["appid"] = "11111111-2222-3333-4444-555555555555" },
        { "v1 without appid", c => c.Remove("appid") },
        { "v2 with appid instead of azp", c => c["ver"] = "2.0" },
        { "v2 azp of another app", c => { c["ver"] = "2.0"; c["azp"] = "11111111-2222-3333-4444-555555555555"; } },
        { "audience of another app", c => c["aud"] = "11111111-2222-3333-4444-555555555555" },
        { "expired beyond skew", c => c["exp"] = ((long)c["nbf"]) - 360 },
        { "tenant issuer for a multi-tenant bot", c => c["iss"] = $"https://sts.windows.net/{TenantId}/" },
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task An_emulator_token_that_breaks_one_rule_gets_401(string rule, Action<Dictionary<string, object>> edit)
    {
        Assert.NotEmpty(rule);
        var authenticator = CreateAuthenticator();

        await AssertRejectedAsync(authenticator, Message(Channels.Emulator), $"Bearer {EmulatorToken(edit)}");
    }

    [Fact]
    public async Task An_emulator_token_signed_with_a_channel_key_gets_401()
    {
        var authenticator = CreateAuthenticator();

        await AssertRejectedAsync(authenticator, Message(Channels.Emulator), $"Bearer {EmulatorToken(key: ChannelKey)}");
    }

    [Theory]
    [InlineData("https://sts.windows.net/{0}/", "1.0", "appid")]
    [InlineData("https://login.microsoftonline.com/{0}/v2.0", "2.0", "azp")]
    public async Task A_single_tenant_bot_also_trusts_its_own_tenant(string issuerFormat, string version, string callerClaim)
    {
        var authenticator = CreateAuthenticator(s =>
        {
            s["MicrosoftAppType"] = "SingleTenant";
            s["MicrosoftAppTenantId"] = TenantId;
        });
        var token = EmulatorToken(c =>
        {
            c["iss"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, issuerFormat, TenantId);
            c["ver"] = version;
            c[callerClaim] = AppId;
        });

        Assert.True((await authenticator.AuthenticateAsync(Message(Channels.Emulator), $"Bearer {token}")).IsAuthenticated);
    }
}
