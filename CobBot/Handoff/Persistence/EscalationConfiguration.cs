using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CobBot.Handoff.Persistence;

/// <summary>Maps <see cref="Escalation"/> to <c>Escalations</c>; enums as text except the priority, which is ordered by.</summary>
public sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.ToTable("Escalations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ConversationKey).HasMaxLength(ConversationKeys.MaxLength);
        builder.Property(e => e.ChannelId).HasMaxLength(64);
        builder.Property(e => e.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Topic).HasMaxLength(100);
        builder.Property(e => e.Skill).HasMaxLength(64);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Summary).HasMaxLength(2000);
        builder.Property(e => e.AssignedAgent).HasMaxLength(256);
        builder.HasIndex(e => new { e.Status, e.Priority });
        builder.HasIndex(e => e.ConversationKey);
        builder.HasOne(e => e.Callback).WithOne().HasForeignKey<CallbackRequest>(c => c.EscalationId).OnDelete(DeleteBehavior.Cascade);
    }
}
