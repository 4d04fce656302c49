using System.Security.Claims;
using CobBot.Framework.State;
using CobBot.Handoff;
using CobBot.Handoff.Api;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Handoff;

/// <summary>Two ticket stores over one storage stand for two instances on one database.</summary>
public sealed class StreamTicketStoreTests
{
    private readonly MemoryStorage _storage = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero));

    private static readonly ClaimsPrincipal Agent = new(new ClaimsIdentity(
        [new Claim("sub", "maria"), new Claim("name", "Maria"), new Claim("role", "agent"), new Claim("email", "maria@cob.example")], "Bearer", "name", "role"));

    [Fact]
    public async Task A_ticket_issued_on_one_instance_is_redeemed_once_on_another_with_the_users_id_name_and_roles()
    {
        var ticket = await Store().IssueAsync(Agent);

        var user = await Store().RedeemAsync(ticket);

        Assert.NotNull(user);
        Assert.Equal("Maria", user.Identity?.Name);
        Assert.True(user.IsInRole("agent"));
        Assert.Equal(["sub", "name", "role"], user.Claims.Select(c => c.Type));
        Assert.Null(await Store().RedeemAsync(ticket));
        Assert.Null(await Store().RedeemAsync(ticket));
    }

    [Fact]
    public async Task Two_instances_racing_for_one_ticket_let_it_in_once()
    {
        var tickets = new List<string>();
        for (var i = 0; i < 20; i++) tickets.Add(await Store().IssueAsync(Agent));

        var redeemed = await Task.WhenAll(tickets.SelectMany(t => new[] { Store().RedeemAsync(t), Store().RedeemAsync(t) }));

        Assert.Equal(20, redeemed.Count(u => u is not null));
        foreach (var ticket in tickets) Assert.Null(await Store().RedeemAsync(ticket));
    }

    [Fact]
    public async Task An_expired_or_unknown_ticket_lets_nobody_in()
    {
        var store = Store();
        var ticket = await store.IssueAsync(Agent);
        _time.Advance(store.Lifetime);

        Assert.Null(await store.RedeemAsync(ticket));
        Assert.Null(await store.RedeemAsync("made-up"));
    }

    private StreamTicketStore Store() => new(_storage, _time, Options.Create(new HandoffOptions()));
}
