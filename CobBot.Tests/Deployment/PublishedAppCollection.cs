namespace CobBot.Tests.Deployment;

/// <summary>The tests that run the published app share one publish (it takes a minute or two).</summary>
[CollectionDefinition(Name)]
public sealed class PublishedAppCollection : ICollectionFixture<PublishedApp>
{
    public const string Name = "Published app";
}
