using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CobBot.Handoff.Persistence;

/// <summary>Maps <see cref="CallbackRequest"/> to <c>CallbackRequests</c>, one per escalation, ticket numbers unique.</summary>
public sealed class CallbackRequestConfiguration : IEntityTypeConfiguration<CallbackRequest>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<CallbackRequest> builder)
    {
        builder.ToTable("CallbackRequests");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.TicketNumber).HasMaxLength(16);
        builder.Property(c => c.PhoneE164).HasMaxLength(16);
        builder.Property(c => c.PreferredTime).HasMaxLength(200);
        builder.HasIndex(c => c.TicketNumber).IsUnique();
        builder.HasIndex(c => c.EscalationId).IsUnique();
    }
}
