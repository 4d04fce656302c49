using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CobBot.Knowledge.Persistence;

/// <summary>Maps <see cref="KnowledgeFeedback"/> to <c>KnowledgeFeedback</c>; no foreign key, so analytics survive article removal.</summary>
public sealed class KnowledgeFeedbackConfiguration : IEntityTypeConfiguration<KnowledgeFeedback>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<KnowledgeFeedback> builder)
    {
        builder.ToTable("KnowledgeFeedback");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.ArticleId).HasMaxLength(100);
        builder.Property(f => f.ConversationKeyHash).HasMaxLength(64);
        builder.HasIndex(f => f.ArticleId);
    }
}
