using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace CobBot.Admin;

/// <summary>Registers console users, token issuing, JWT bearer authentication and the admin/agent policies.</summary>
public static class AdminServiceCollectionExtensions
{
    public static IServiceCollection AddCobBotAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>()
            .BindConfiguration(AdminOptions.SectionName)
            .PostConfigure(options =>
            {
                // The v1 deployment's environment variables keep working next to the appsettings keys.
                if (configuration["JWT_SECRET_KEY"] is { Length: > 0 } key) options.Jwt.SigningKey = key;
                if (configuration["ADMIN_PASSWORD"] is { Length: > 0 } password) options.AdminPassword = password;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, ProductionSecretsValidator>();
        services.AddSingleton<AdminUserStore>();
        services.AddSingleton<AdminSigningKey>();
        services.AddSingleton<AdminTokenIssuer>();
        services.AddSingleton<LoginThrottle>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AdminOptions>, AdminSigningKey>((bearer, admin, key) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = AdminTokenIssuer.CreateValidationParameters(admin.Value.Jwt, key.Key);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminRoles.AdminPolicy, p => p.RequireRole(AdminRoles.Admin))
            .AddPolicy(AdminRoles.AgentPolicy, p => p.RequireRole(AdminRoles.Admin, AdminRoles.Agent));
        return services;
    }
}
