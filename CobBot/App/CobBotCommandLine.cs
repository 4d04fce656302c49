using CobBot.Admin;
using CobBot.Data;
using CobBot.Operations.Health;
using CobBot.Knowledge.Eval;
using CobBot.Recognition;
using CobBot.Recognition.Offline;

namespace CobBot.App;

/// <summary>
/// The app's command-line modes, run instead of the web host: <c>eval</c> prints the offline recognizer's accuracy,
/// macro-F1 and confusion matrix on the held-out utterances (exit code 1 below 90%); <c>eval-knowledge</c> prints the
/// knowledge retrieval figures per ranking and the routing accuracy through the app, with every miss, or with
/// <c>--split train</c> only the training split's (exit code 1 under the retrieval gate); <c>train-recognizer [dir]</c>
/// rebuilds the shipped intent model from <c>utterances.tsv</c> in that folder (default: the project's Recognition/Resources); <c>hash-password</c> reads a password from standard
/// input and prints its hash for <c>Admin:Users[].PasswordHash</c> (never taking it as an argument, which would land
/// in the shell history); <c>healthcheck</c> is the container's liveness probe (<see cref="LivenessProbe"/>).
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
            case ["eval-knowledge"]:
                return await EvaluateKnowledgeAsync(output, KnowledgeEvalSplit.All);
            case ["eval-knowledge", "--split", var split] when Enum.TryParse<KnowledgeEvalSplit>(split, ignoreCase: true, out var missesOf):
                return await EvaluateKnowledgeAsync(output, missesOf);
            case ["eval-knowledge", ..]:
                await error.WriteLineAsync("Usage: `dotnet run --project CobBot -- eval-knowledge [--split train|heldout|all]` (the split whose misses are listed).");
                return 2;
            case ["train-recognizer", .. var rest] when rest.Length <= 1:
                // `dotnet run --project CobBot` runs in the project folder, where the data folder is Recognition/Resources.
                var dataDirectory = Path.GetFullPath(rest is [var given] ? given : Path.Combine("Recognition", "Resources"));
                if (!File.Exists(Path.Combine(dataDirectory, RecognitionData.Utterances)))
                {
                    await error.WriteLineAsync($"{dataDirectory} holds no {RecognitionData.Utterances}; run `{ShippedIntentModel.RebuildCommand}` or name the folder that does.");
                    return 2;
                }
                var fingerprint = ShippedIntentModel.Rebuild(dataDirectory);
                await output.WriteLineAsync($"Wrote the intent model for training data {fingerprint} to {dataDirectory}.");
                return 0;
            case ["train-recognizer", ..]:
                await error.WriteLineAsync($"Usage: `{ShippedIntentModel.RebuildCommand} [data folder]`.");
                return 2;
            case [LivenessProbe.Verb]:
                return await LivenessProbe.RunAsync(Environment.GetEnvironmentVariable, error);
            default:
                return null;
        }
    }

    /// <summary>Retrieval (whose gate sets the exit code), then routing through the app.</summary>
    private static async Task<int> EvaluateKnowledgeAsync(TextWriter output, KnowledgeEvalSplit missesOf)
    {
        // The app's own database settings (environment variables): on PostgreSQL the eval runs in a temporary schema there.
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var exitCode = await KnowledgeEvaluation.RunAsync(output, missesOf, CobBotConnectionString.Resolve(configuration, AppContext.BaseDirectory));
        await KnowledgeRoutingEvaluation.RunAsync(output, missesOf);
        return exitCode;
    }
}
