using CobBot.Company;
using CobBot.Data;
using CobBot.Email;
using CobBot.Scheduling.Catalog;
using CobBot.Scheduling.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CobBot.Scheduling;

/// <summary>Registers appointment booking.</summary>
public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SchedulingOptions"/> (<c>Scheduling</c>), loads the <see cref="SchedulingCatalog"/> and registers
    /// <see cref="AvailabilityService"/>, <see cref="BookingService"/>, <see cref="AppointmentChangeService"/> (with <see cref="AppointmentChangeRule"/>),
    /// <see cref="AppointmentDirectory"/> (all singletons) plus email (<see cref="EmailServiceCollectionExtensions.AddCobBotEmail"/>)
    /// and ProblemDetails. Needs the app database (<c>AddCobBotData</c>) and, for the admin endpoints, <c>AddCobBotAdmin</c>.
    /// </summary>
    public static IServiceCollection AddCobBotScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCobBotEmail(configuration);
        services.AddCobBotCompany();
        services.AddOptions<SchedulingOptions>()
            .BindConfiguration(SchedulingOptions.SectionName)
            .Validate(o => o.SlotGranularityMinutes > 0 && TimeSpan.FromMinutes(o.SlotGranularityMinutes).Ticks % Persistence.AppointmentSlotClaim.CellLength.Ticks == 0,
                "Scheduling:SlotGranularityMinutes must be a positive multiple of 15.")
            .Validate(o => o is { LeadTimeHours: >= 0, HorizonDays: > 0, FreeCancellationHours: >= 0, AlternativeCount: > 0 },
                "Scheduling lead time, horizon, cancellation window or alternative count is out of range.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var directory = sp.GetRequiredService<IOptions<SchedulingOptions>>().Value.DataDirectory;
            var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            return SchedulingCatalogLoader.Load(string.IsNullOrEmpty(directory) ? null : Path.GetFullPath(Path.Combine(root, directory)));
        });
        services.AddSingleton<SchedulingTimeZones>();
        services.AddSingleton<SlotPlanner>();
        services.AddSingleton<BookingValidator>();
        services.AddSingleton<AppointmentMapper>();
        services.AddSingleton<AppointmentEmailComposer>();
        services.AddSingleton<AppointmentRescheduler>();
        services.AddSingleton<AppointmentChangeRule>();

        // The public services take internal collaborators, so their constructors are internal and DI gets factories.
        services.AddSingleton(sp => new AvailabilityService(
            Get<IDbContextFactory<CobBotDbContext>>(sp), Get<SlotPlanner>(sp), Get<SchedulingTimeZones>(sp), Get<IOptionsMonitor<SchedulingOptions>>(sp)));
        services.AddSingleton(sp => new BookingService(
            Get<IDbContextFactory<CobBotDbContext>>(sp), Get<BookingValidator>(sp), Get<SlotPlanner>(sp), Get<AvailabilityService>(sp),
            Get<AppointmentEmailComposer>(sp), Get<AppointmentMapper>(sp), Get<EmailOutbox>(sp), Get<TimeProvider>(sp), Get<ILogger<BookingService>>(sp)));
        services.AddSingleton(sp => new AppointmentChangeService(
            Get<IDbContextFactory<CobBotDbContext>>(sp), Get<AppointmentRescheduler>(sp), Get<AppointmentEmailComposer>(sp), Get<AppointmentMapper>(sp),
            Get<EmailOutbox>(sp), Get<AppointmentChangeRule>(sp), Get<IOptionsMonitor<SchedulingOptions>>(sp), Get<IOptionsMonitor<CompanyOptions>>(sp), Get<TimeProvider>(sp),
            Get<ILogger<AppointmentChangeService>>(sp)));
        services.AddSingleton(sp => new AppointmentDirectory(
            Get<IDbContextFactory<CobBotDbContext>>(sp), Get<SchedulingTimeZones>(sp), Get<AppointmentMapper>(sp)));
        services.AddProblemDetails();
        return services;
    }

    private static T Get<T>(IServiceProvider services) where T : notnull => services.GetRequiredService<T>();
}
