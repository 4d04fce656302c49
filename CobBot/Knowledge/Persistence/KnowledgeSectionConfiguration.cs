using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CobBot.Knowledge.Persistence;

/// <summary>
/// Maps <see cref="KnowledgeSection"/> to <c>KnowledgeSections</c>. The FTS5 table <c>KnowledgeSearch</c> and
/// the triggers that keep it in step are created by raw SQL in the migration: EF does not model them.
/// </summary>
public sealed class KnowledgeSectionConfiguration : IEntityTypeConfiguration<KnowledgeSection>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<KnowledgeSection> builder)
    {
        builder.ToTable("KnowledgeSections");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ArticleId).HasMaxLength(100);
        builder.Property(s => s.Heading).HasMaxLength(200);
        builder.Property(s => s.EmbeddingFingerprint).HasMaxLength(64);
        builder.HasIndex(s => new { s.ArticleId, s.Ordinal }).IsUnique();
    }
}
