using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Platform.Host.Security;

/// <summary>A bearer token is refused once its account's security stamp has changed (logout, password reset), like the
/// session cookie: Identity's bearer handler only checks the token's own expiry.</summary>
internal static class BearerStampCheck
{
    public static IApplicationBuilder UseBearerStampCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Headers.Authorization.FirstOrDefault()?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true)
        {
            // The handler caches its result for the request, so the endpoint's own authentication costs nothing more.
            var bearer = await context.AuthenticateAsync(IdentityConstants.BearerScheme);
            if (bearer.Succeeded
                && !await SessionStamps.IsCurrentAsync(context, bearer.Principal))
            {
                await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Connexion refusée.", detail: "Cette session a pris fin. Reconnectez-vous.")
                    .ExecuteAsync(context);
                return;
            }
        }

        await next();
    });
}
