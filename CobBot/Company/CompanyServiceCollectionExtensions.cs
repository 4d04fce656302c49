using Microsoft.Extensions.Options;

namespace CobBot.Company;

/// <summary>Registers the <see cref="CompanyOptions"/>.</summary>
public static class CompanyServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="CompanyOptions"/> (<c>Company</c>) once, however many features ask for it; needs the
    /// <see cref="IConfiguration"/> service.
    /// </summary>
    public static IServiceCollection AddCobBotCompany(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(s => s.ServiceType == typeof(IValidateOptions<CompanyOptions>))) return services;
        services.AddOptions<CompanyOptions>()
            .BindConfiguration(CompanyOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Company:TimeZone is not a known time zone.")
            .ValidateOnStart();
        return services;
    }
}
