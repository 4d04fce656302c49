namespace CobBot.Operations.Health;

/// <summary>
/// The container's <c>HEALTHCHECK</c> (the ASP.NET runtime image has no curl): <c>dotnet CobBot.dll healthcheck</c>
/// GETs <c>/health/live</c> on the first port of <c>ASPNETCORE_HTTP_PORTS</c> (default 8080) on loopback; exit code 0
/// when it answers 200, else 1.
/// </summary>
public static class LivenessProbe
{
    /// <summary>The command-line verb.</summary>
    public const string Verb = "healthcheck";

    /// <summary>Probes the running app; <paramref name="variable"/> is an environment lookup.</summary>
    public static async Task<int> RunAsync(Func<string, string?> variable, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(variable);
        ArgumentNullException.ThrowIfNull(error);
        var port = variable("ASPNETCORE_HTTP_PORTS")?.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "8080";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}{HealthEndpoints.LivePath}"));
            if (response.IsSuccessStatusCode) return 0;
            await error.WriteLineAsync($"{HealthEndpoints.LivePath} answered {(int)response.StatusCode}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"{HealthEndpoints.LivePath} did not answer: {ex.Message}");
        }
        return 1;
    }
}
