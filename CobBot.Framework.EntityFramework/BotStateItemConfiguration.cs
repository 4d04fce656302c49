using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CobBot.Framework.State.EntityFramework;

/// <summary>Maps <see cref="BotStateItem"/> to the <c>BotState</c> table. The SQL in <see cref="BotStateSql"/> uses the same names.</summary>
internal sealed class BotStateItemConfiguration : IEntityTypeConfiguration<BotStateItem>
{
    public void Configure(EntityTypeBuilder<BotStateItem> builder)
    {
        builder.ToTable("BotState");
        builder.HasKey(i => i.Key);
        builder.Property(i => i.Key).HasColumnName("Key");
        builder.Property(i => i.Document).HasColumnName("Document");
        builder.Property(i => i.ETag).HasColumnName("ETag");
        builder.Property(i => i.UpdatedAt).HasColumnName("UpdatedAt");
    }
}
