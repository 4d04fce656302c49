using CobBot.Handoff;
using CobBot.Privacy;
using CobBot.Recognition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Handoff;

/// <summary>Builds an <see cref="EscalationPolicy"/> over the shipped rules and the real PHI redactor.</summary>
internal static class PolicyFixture
{
    private static readonly PhiRedactor Redactor = new ServiceCollection()
        .AddSingleton<TimeProvider>(new FakeTimeProvider(Eastern.At("2026-11-23 17:00")))
        .AddPhiRedaction()
        .BuildServiceProvider()
        .GetRequiredService<PhiRedactor>();

    public static EscalationRules Rules { get; } = EscalationRules.LoadEmbedded();

    public static EscalationPolicy Create(Action<HandoffOptions>? configure = null)
    {
        var options = new HandoffOptions();
        configure?.Invoke(options);
        return new EscalationPolicy(Rules, Redactor, Options.Create(options));
    }

    public static RecognizerResult Result(string intent, double sentiment = 0, double score = 0.9) =>
        new(intent, score, RecognizedEntities.Empty, sentiment, "offline");
}
