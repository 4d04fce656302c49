using CobBot.Framework.Authentication;
using CobBot.Framework.Schema;

namespace CobBot.Tests.Framework.Authentication;

/// <summary>Metadata and key caching, forced and daily refresh, metadata transport rules.</summary>
public sealed class SigningKeyRefreshTests : AuthenticationTestBase
{
    [Fact]
    public async Task An_unknown_kid_triggers_exactly_one_metadata_refresh_then_is_accepted()
    {
        var authenticator = CreateAuthenticator();
        await authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken()}");
        AssertFetches(1);

        var rolled = NewKey("channel-key-2", Channels.Msteams);
        ChannelServer.Publish(ChannelKey, rolled);
        var caller = await authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken(key: rolled)}");

        Assert.True(caller.IsAuthenticated);
        AssertFetches(2);
        await authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken()}");
        await authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken(key: rolled)}");
        AssertFetches(2);
    }

    [Fact]
    public async Task Refreshes_forced_by_unknown_kids_are_at_least_five_minutes_apart()
    {
        var authenticator = CreateAuthenticator();
        var second = NewKey("channel-key-2", Channels.Msteams);
        var third = NewKey("channel-key-3", Channels.Msteams);
        ChannelServer.Publish(ChannelKey, second);
        await authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken()}");
        ChannelServer.Publish(ChannelKey, second, third);
        await authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken(key: third)}");
        AssertFetches(2);

        var fourth = NewKey("channel-key-4", Channels.Msteams);
        ChannelServer.Publish(ChannelKey, second, third, fourth);
        Time.Advance(TimeSpan.FromMinutes(4));
        var exception = await AssertRejectedAsync(authenticator, Message(), $"Bearer {ChannelToken(key: fourth)}");
        Assert.Contains("unknown key", exception.Message);
        AssertFetches(2);

        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken(key: fourth)}")).IsAuthenticated);
        AssertFetches(3);
    }

    [Fact]
    public async Task Keys_and_their_endorsements_are_fetched_again_after_twelve_hours()
    {
        var authenticator = CreateAuthenticator();
        await authenticator.AuthenticateAsync(Message(Channels.Msteams), $"Bearer {ChannelToken()}");
        ChannelKey.Endorsements = [Channels.Webchat];

        Time.Advance(TimeSpan.FromHours(12) - TimeSpan.FromSeconds(1));
        await authenticator.AuthenticateAsync(Message(Channels.Msteams), $"Bearer {ChannelToken()}");
        AssertFetches(1);

        Time.Advance(TimeSpan.FromSeconds(1));
        await AssertRejectedAsync(authenticator, Message(Channels.Msteams), $"Bearer {ChannelToken()}", statusCode: 403);
        AssertFetches(2);
        Assert.True((await authenticator.AuthenticateAsync(Message(Channels.Webchat), $"Bearer {ChannelToken()}")).IsAuthenticated);
    }

    [Fact]
    public async Task When_a_refresh_fails_the_previous_keys_are_kept_and_retried_after_five_minutes()
    {
        var authenticator = CreateAuthenticator();
        await authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken()}");
        ChannelServer.Failing = true;

        Time.Advance(TimeSpan.FromHours(12));
        Assert.True((await authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken()}")).IsAuthenticated);
        Assert.Equal(2, ChannelServer.ConfigurationRequests);

        Time.Advance(TimeSpan.FromMinutes(4));
        await authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken()}");
        Assert.Equal(2, ChannelServer.ConfigurationRequests);

        ChannelServer.Failing = false;
        Time.Advance(TimeSpan.FromMinutes(1));
        await authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken()}");
        Assert.Equal(3, ChannelServer.ConfigurationRequests);
        Assert.Equal(2, ChannelServer.KeySetRequests);
    }

    [Fact]
    public async Task Without_any_metadata_the_failure_is_not_an_authentication_failure_and_the_next_request_retries()
    {
        var authenticator = CreateAuthenticator();
        ChannelServer.Failing = true;

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken()}"));
        Assert.IsNotType<BotAuthenticationException>(exception);

        ChannelServer.Failing = false;
        Assert.True((await authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken()}")).IsAuthenticated);
    }

    [Fact]
    public async Task Metadata_over_http_is_refused_for_a_non_loopback_host()
    {
        var authenticator = CreateAuthenticator(s => s["ChannelOpenIdMetadataUrl"] = "http://login.example/v1/.well-known/openidconfiguration");

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken()}"));
        Assert.Contains("https", exception.Message);
    }

    [Fact]
    public async Task A_key_set_over_http_is_refused_for_a_non_loopback_host()
    {
        ChannelServer.JwksUri = "http://keys.example/keys";
        var authenticator = CreateAuthenticator();

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => authenticator.AuthenticateAsync(Message(), $"Bearer {ChannelToken()}"));
        Assert.Equal(0, ChannelServer.KeySetRequests);
    }

    private void AssertFetches(int expected)
    {
        Assert.Equal(expected, ChannelServer.ConfigurationRequests);
        Assert.Equal(expected, ChannelServer.KeySetRequests);
    }
}
