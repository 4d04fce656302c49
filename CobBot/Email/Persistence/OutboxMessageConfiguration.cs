using CobBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CobBot.Email.Persistence;

/// <summary>Table <c>OutboxMessages</c>.</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MessageId).HasMaxLength(250);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.Property(m => m.LastError).HasMaxLength(200);
        builder.Property(m => m.CreatedUtc).HasConversion<UtcDateTimeConverter>();
        builder.Property(m => m.SentUtc).HasConversion<UtcDateTimeConverter>();
        // Claiming a message rewrites NextAttemptUtc; a second worker holding the old value loses.
        builder.Property(m => m.NextAttemptUtc).HasConversion<UtcDateTimeConverter>().IsConcurrencyToken();
        builder.HasIndex(m => m.NextAttemptUtc);
    }
}
