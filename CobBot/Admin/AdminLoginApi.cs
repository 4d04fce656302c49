using Microsoft.AspNetCore.Http.HttpResults;

namespace CobBot.Admin;

/// <summary><c>POST /api/admin/login</c>: exchanges a console user's credentials for a bearer token.</summary>
public static class AdminLoginApi
{
    private const int MaxFieldLength = 256;

    public static IEndpointRouteBuilder MapAdminLoginApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/admin/login", Login)
            .AllowAnonymous()
            .WithName("AdminLogin")
            .WithTags("Admin")
            .WithSummary("Sign in to the admin/agent console.");
        return endpoints;
    }

    private static Results<Ok<LoginResponse>, ValidationProblem, ProblemHttpResult> Login(
        LoginRequest request, HttpContext http, AdminUserStore users, AdminTokenIssuer issuer, LoginThrottle throttle)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Username) || request.Username.Length > MaxFieldLength)
            errors["username"] = [$"Required, at most {MaxFieldLength} characters."];
        if (string.IsNullOrEmpty(request.Password) || request.Password.Length > MaxFieldLength)
            errors["password"] = [$"Required, at most {MaxFieldLength} characters."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var throttleKey = $"{request.Username!.ToUpperInvariant()}|{http.Connection.RemoteIpAddress}";
        if (throttle.RetryAfter(throttleKey) is { } wait)
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem("Too many failed sign-in attempts. Try again later.", statusCode: StatusCodes.Status429TooManyRequests);
        }

        var user = users.Verify(request.Username, request.Password!);
        if (user is null)
        {
            throttle.Failed(throttleKey);
            return TypedResults.Problem("Invalid username or password.", statusCode: StatusCodes.Status401Unauthorized);
        }

        throttle.Succeeded(throttleKey);
        var (token, expiresIn) = issuer.Issue(user);
        return TypedResults.Ok(new LoginResponse(token, "bearer", (int)expiresIn.TotalSeconds, user.Roles));
    }
}
