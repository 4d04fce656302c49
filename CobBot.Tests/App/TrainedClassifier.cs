using CobBot.Recognition.Offline;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CobBot.Tests.App;

/// <summary>
/// One offline intent classifier made ready once for all app tests (it loads the shipped model), shared by every
/// <see cref="CobBotAppFactory"/>. Registered as an instance, so no app's container disposes it.
/// </summary>
internal static class TrainedClassifier
{
    public static OfflineIntentClassifier Instance { get; } =
        new(Options.Create(new OfflineRecognizerOptions()), NullLogger<OfflineIntentClassifier>.Instance);
}
