using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CobBot.Knowledge.Persistence;

/// <summary>Maps <see cref="KnowledgeArticle"/> to the <c>KnowledgeArticles</c> table.</summary>
public sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<KnowledgeArticle> builder)
    {
        builder.ToTable("KnowledgeArticles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(100);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Category).HasMaxLength(100);
        builder.Property(a => a.Tags).HasMaxLength(1000);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.HasMany(a => a.Sections).WithOne().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
