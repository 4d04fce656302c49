using CobBot.Data;
using CobBot.Knowledge.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CobBot.Knowledge;

/// <summary>Registers the knowledge base.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IKnowledgeBase"/> and the startup <see cref="KnowledgeSynchronizer"/> that loads the
    /// embedded articles (or <c>Knowledge:ArticlesPath</c>) into the database. Needs
    /// <see cref="DataServiceCollectionExtensions.AddCobBotData"/>.
    /// </summary>
    public static IServiceCollection AddCobBotKnowledge(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(KnowledgeOptions.SectionName);
        services.Configure<KnowledgeOptions>(section);
        var articlesPath = section.Get<KnowledgeOptions>()?.ArticlesPath;
        services.AddSingleton<IArticleSource>(string.IsNullOrWhiteSpace(articlesPath)
            ? new EmbeddedArticleSource()
            : new DirectoryArticleSource(Path.GetFullPath(Path.Combine(environment.ContentRootPath, articlesPath))));
        services.TryAddSingleton(TimeProvider.System);
        // The model loads once (~0.3 s) on first use and is shared; see SentenceEmbeddingGenerator for thread safety.
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(_ => SentenceEmbeddingGenerator.CreateDefault());
        services.AddSingleton<KnowledgeSectionIndex>();
        services.AddScoped<IDataSeeder, KnowledgeSynchronizer>();
        services.AddSingleton<IKnowledgeBase, KnowledgeBase>();
        services.AddSingleton<KnowledgeScope>();
        return services;
    }
}
