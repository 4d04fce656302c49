using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CobBot.Handoff.Persistence;

/// <summary>Maps <see cref="ConversationMessage"/> to <c>ConversationMessages</c>, read per conversation in id order.</summary>
public sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.ToTable("ConversationMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.ConversationKey).HasMaxLength(ConversationKeys.MaxLength);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.AgentName).HasMaxLength(256);
        builder.Property(m => m.Text).HasMaxLength(ConversationTranscript.MaxTextLength);
        builder.HasIndex(m => new { m.ConversationKey, m.Id });
    }
}
