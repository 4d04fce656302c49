using CobBot.Admin;
using CobBot.Recognition.Offline;

namespace CobBot.App;

/// <summary>
/// The app's command-line modes, run instead of the web host: <c>eval</c> trains the offline recognizer and prints its
/// accuracy, macro-F1 and confusion matrix on the held-out utterances (exit code 1 below 90%); <c>hash-password</c> reads a password from standard
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
            case ["eval", ..]:
                return await RecognizerEvaluation.RunAsync(output);
            default:
                return null;
        }
    }
}
