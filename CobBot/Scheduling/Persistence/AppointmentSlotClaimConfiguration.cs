using CobBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CobBot.Scheduling.Persistence;

/// <summary>Table <c>AppointmentSlotClaims</c>: the database-enforced "one appointment per person per cell".</summary>
internal sealed class AppointmentSlotClaimConfiguration : IEntityTypeConfiguration<AppointmentSlotClaim>
{
    public void Configure(EntityTypeBuilder<AppointmentSlotClaim> builder)
    {
        builder.ToTable("AppointmentSlotClaims");
        builder.HasKey(c => new { c.StaffId, c.CellStartUtc });
        builder.Property(c => c.StaffId).HasMaxLength(64);
        builder.Property(c => c.CellStartUtc).HasConversion<UtcDateTimeConverter>();
        builder.HasIndex(c => c.CellStartUtc);
        builder.HasIndex(c => c.AppointmentId);
    }
}
