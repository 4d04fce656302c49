using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CobBot.Analytics.Persistence;

/// <summary>Maps <see cref="TurnRecord"/> to <c>TurnRecords</c>.</summary>
public sealed class TurnRecordConfiguration : IEntityTypeConfiguration<TurnRecord>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TurnRecord> builder)
    {
        builder.ToTable("TurnRecords");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.TurnKeyHash).HasMaxLength(64);
        builder.Property(t => t.ConversationKeyHash).HasMaxLength(64);
        builder.Property(t => t.Channel).HasMaxLength(64);
        builder.Property(t => t.Intent).HasMaxLength(32);
        builder.Property(t => t.Recognizer).HasMaxLength(16);
        // Stored as Unix milliseconds: SQLite cannot compare DateTimeOffset text, and the dashboard filters by range.
        builder.Property(t => t.OccurredAt).HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        builder.HasIndex(t => t.TurnKeyHash).IsUnique();
        builder.HasIndex(t => t.OccurredAt);
    }
}
