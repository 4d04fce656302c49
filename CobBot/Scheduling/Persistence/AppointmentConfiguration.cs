using CobBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CobBot.Scheduling.Persistence;

/// <summary>Table <c>Appointments</c>.</summary>
internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("Appointments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ConfirmationCode).HasMaxLength(Scheduling.ConfirmationCode.Length);
        builder.HasIndex(a => a.ConfirmationCode).IsUnique();
        builder.Property(a => a.Service).HasMaxLength(100);
        builder.Property(a => a.StaffId).HasMaxLength(64);
        builder.Property(a => a.CustomerName).HasMaxLength(BookingRules.MaxNameLength);
        builder.Property(a => a.Email).HasMaxLength(BookingRules.MaxEmailLength);
        builder.Property(a => a.EmailNormalized).HasMaxLength(BookingRules.MaxEmailLength);
        builder.HasIndex(a => a.EmailNormalized);
        builder.Property(a => a.Phone).HasMaxLength(20);
        builder.Property(a => a.Requirements).HasMaxLength(BookingRules.MaxRequirementsLength);
        builder.Property(a => a.CustomerTimeZone).HasMaxLength(64);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => a.StartUtc);
        // Two changes to the same appointment cannot both win: the second sees a changed sequence.
        builder.Property(a => a.Sequence).IsConcurrencyToken();
        foreach (var time in new[] { nameof(Appointment.StartUtc), nameof(Appointment.EndUtc), nameof(Appointment.CreatedUtc), nameof(Appointment.UpdatedUtc) })
            builder.Property<DateTime>(time).HasConversion<UtcDateTimeConverter>();
        builder.HasMany(a => a.Claims).WithOne().HasForeignKey(c => c.AppointmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
