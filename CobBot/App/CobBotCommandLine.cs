using CobBot.Admin;

namespace CobBot.App;

/// <summary>
/// The app's command-line modes, run instead of the web host: <c>hash-password</c> reads a password from standard
/// input and prints its hash for <c>Admin:Users[].PasswordHash</c> (never taking it as an argument, which would land
/// in the shell history).
/// </summary>
public static class CobBotCommandLine
{
    /// <summary>Runs the mode named by <paramref name="args"/> and returns its exit code, or null when no mode is named.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args)
        {
            case ["hash-password", ..]:
                var password = await input.ReadLineAsync();
                if (string.IsNullOrEmpty(password))
                {
                    await error.WriteLineAsync("Type the password on standard input, e.g. `dotnet run --project CobBot -- hash-password`.");
                    return 2;
                }
                await output.WriteLineAsync(AdminUserStore.HashPassword(password));
                return 0;
            default:
                return null;
        }
    }
}
