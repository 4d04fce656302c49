namespace CobBot.App;

/// <summary>
/// Maps the v1 deployment's <c>ENVIRONMENT</c> variable (e.g. <c>production</c>) to the host environment when neither
/// <c>ASPNETCORE_ENVIRONMENT</c> nor <c>DOTNET_ENVIRONMENT</c> is set, so old deployments keep their behaviour
/// (Production refuses default secrets).
/// </summary>
public static class CobBotEnvironment
{
    /// <summary>The v1 deployment's variable.</summary>
    public const string Variable = "ENVIRONMENT";

    /// <summary>Builder options for <paramref name="args"/>, with the environment from <paramref name="variable"/> (an environment lookup).</summary>
    public static WebApplicationOptions CreateOptions(string[] args, Func<string, string?> variable) =>
        new() { Args = args, EnvironmentName = FromVariable(variable) };

    /// <summary>The host environment <c>ENVIRONMENT</c> asks for, or null when it is unset or overridden.</summary>
    public static string? FromVariable(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (!string.IsNullOrWhiteSpace(variable("ASPNETCORE_ENVIRONMENT")) || !string.IsNullOrWhiteSpace(variable("DOTNET_ENVIRONMENT")))
            return null;

        var requested = variable(Variable)?.Trim();
        if (string.IsNullOrEmpty(requested)) return null;
        string[] known = [Environments.Production, Environments.Development, Environments.Staging];
        return known.FirstOrDefault(name => name.Equals(requested, StringComparison.OrdinalIgnoreCase)) ?? requested;
    }
}
