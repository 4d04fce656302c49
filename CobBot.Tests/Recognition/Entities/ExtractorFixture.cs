using CobBot.Recognition;
using CobBot.Recognition.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CobBot.Tests.Recognition.Entities;

/// <summary>Builds the real <see cref="IEntityExtractor"/> through DI with a fixed clock.</summary>
internal static class ExtractorFixture
{
    /// <summary>Wednesday 25 Nov 2026, 2:00 PM in New York.</summary>
    public static readonly DateTimeOffset WednesdayAfternoon = new(2026, 11, 25, 19, 0, 0, TimeSpan.Zero);

    public static TimeZoneInfo NewYork { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static IEntityExtractor Create(DateTimeOffset utcNow) =>
        new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(utcNow))
            .AddEntityExtraction()
            .BuildServiceProvider()
            .GetRequiredService<IEntityExtractor>();

    public static RecognizedEntities Extract(string text) => Create(WednesdayAfternoon).Extract(text, NewYork);
}
