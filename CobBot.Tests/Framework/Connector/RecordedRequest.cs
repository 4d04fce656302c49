
namespace CobBot.Tests.Framework.Connector;

/// <summary>One request as <see cref="RecordingServer"/> received it; <see cref="RawTarget"/> is the undecoded path and query.</summary>
internal sealed record RecordedRequest(
    string Method, string RawTarget, string Path, string? Authorization, string? ContentType, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public int Index { get; init; }
}
