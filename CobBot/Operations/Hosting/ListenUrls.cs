namespace CobBot.Operations.Hosting;

/// <summary>
/// Where the app listens: wherever the host says (<c>--urls</c>, <c>URLS</c>, <c>ASPNETCORE_URLS</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c>, <c>ASPNETCORE_HTTPS_PORTS</c>, <c>Kestrel:Endpoints</c>), and
/// <see cref="LocalDefault"/> only when it says nothing. (A <c>Urls</c> key in appsettings.json would override the
/// container variables, so the default lives here instead.)
/// </summary>
public static class ListenUrls
{
    /// <summary>The local default, the Bot Framework Emulator's usual address.</summary>
    public const string LocalDefault = "http://localhost:3978";

    /// <summary>Whether <paramref name="configuration"/> (the host's) names any listen address.</summary>
    public static bool HostNamesAddress(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string[] keys = [WebHostDefaults.ServerUrlsKey, WebHostDefaults.HttpPortsKey, WebHostDefaults.HttpsPortsKey];
        return keys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
            || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
    }

    /// <summary>Listens on <see cref="LocalDefault"/> unless the host names an address.</summary>
    public static WebApplicationBuilder UseLocalDefaultUrls(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!HostNamesAddress(builder.Configuration)) builder.WebHost.UseUrls(LocalDefault);
        return builder;
    }
}
