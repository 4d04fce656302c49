using CobBot.Recognition.Offline;

namespace CobBot.Tests.Recognition.Offline;

/// <summary>
/// One classifier trained on the shipped training split, shared by the tests of a class: the trained model is
/// immutable, so sharing it keeps tests independent while paying the training cost once.
/// </summary>
public sealed class TrainedClassifierFixture : IAsyncLifetime, IDisposable
{
    public OfflineIntentClassifier Classifier { get; } =
        new(UtteranceSet.LoadEmbedded().Training, new OfflineRecognizerOptions());

    public Task InitializeAsync() => Classifier.EnsureTrainedAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Classifier.Dispose();
}
