using CobBot.Recognition.Offline;

namespace CobBot.Tests.Recognition.Offline;

/// <summary>
/// One classifier for the shipped training split (the shipped model), shared by the tests of a class: the model is
/// immutable, so sharing it keeps tests independent while paying the loading cost once.
/// </summary>
public sealed class TrainedClassifierFixture : IAsyncLifetime, IDisposable
{
    public OfflineIntentClassifier Classifier { get; } =
        new(UtteranceSet.LoadEmbedded().Training, new OfflineRecognizerOptions());

    public Task InitializeAsync() => Classifier.EnsureReadyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Classifier.Dispose();
}
