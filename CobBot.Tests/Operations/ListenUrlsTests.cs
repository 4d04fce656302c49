using CobBot.Operations.Hosting;
using CobBot.Tests.ChannelTests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CobBot.Tests.Operations;

public sealed class ListenUrlsTests
{
    [Theory]
    [InlineData("ASPNETCORE_HTTP_PORTS", "8080")]
    [InlineData("ASPNETCORE_HTTPS_PORTS", "8443")]
    [InlineData("ASPNETCORE_URLS", "http://+:5000")]
    public void A_host_variable_wins_over_the_local_default(string variable, string value)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration[variable["ASPNETCORE_".Length..].ToLowerInvariant()] = value;

        builder.UseLocalDefaultUrls();

        Assert.NotEqual(ListenUrls.LocalDefault, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public void The_urls_argument_wins_over_the_local_default()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:5999"] });

        builder.UseLocalDefaultUrls();

        Assert.Equal("http://127.0.0.1:5999", builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public void Without_any_address_the_app_listens_on_the_local_default()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        foreach (var key in new[] { "urls", "http_ports", "https_ports" }) builder.Configuration[key] = null;

        builder.UseLocalDefaultUrls();

        Assert.Equal(ListenUrls.LocalDefault, builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey));
    }

    [Fact]
    public void The_shipped_appsettings_name_no_listen_address()
    {
        var settings = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(PeerClients.RepositoryRoot, "CobBot", "appsettings.json")))!.AsObject();

        Assert.DoesNotContain(settings, p => p.Key.Equals("Urls", StringComparison.OrdinalIgnoreCase));
    }
}
