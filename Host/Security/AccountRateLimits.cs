using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Platform.Host.Security;

/// <summary>The per-client-address limit on account endpoints and pages, with ASP.NET Core's rate limiter; the
/// per-account limits are in <see cref="AccountThrottle"/>.</summary>
public static class AccountRateLimits
{
    public const string Policy = "account";

    public const string TooManyRequests = "Trop de demandes depuis votre connexion : réessayez dans une minute.";

    public static void AddAccountRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = RateLimitSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton<AccountThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Displaying a form costs nothing: only what it posts counts.
            o.AddPolicy(Policy, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetSlidingWindowLimiter(ClientAddress(context), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = settings.ClientRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                }));
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                if (http.Request.Path.StartsWithSegments("/api"))
                {
                    await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Trop de demandes.", detail: TooManyRequests)
                        .ExecuteAsync(http);
                }
            };
        });
    }

    /// <summary>The client's address as the forwarded headers middleware left it (the proxy's client, when trusted).</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "inconnue";
}
