using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Data;

namespace Platform.Host.Security;

/// <summary>Whether a session (cookie or bearer token) still carries its account's security stamp: one read of one
/// column by key on every request, so logging out or resetting the password ends every session at once. Identity's own
/// validator reloads the account, rebuilds the principal and reissues the cookie each time; the principal is not
/// rebuilt here because roles and claims are only given when an account is created. Whatever changes them later must
/// renew the stamp (<see cref="UserManager{TUser}.UpdateSecurityStampAsync"/>).</summary>
internal static class SessionStamps
{
    public static async Task<bool> IsCurrentAsync(HttpContext http, ClaimsPrincipal principal)
    {
        var claims = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        if (!Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var userId)
            || principal.FindFirstValue(claims.SecurityStampClaimType) is not { Length: > 0 } stamp)
        {
            return false;
        }

        var db = http.RequestServices.GetRequiredService<PlatformDbContext>();
        var current = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(http.RequestAborted);
        return current == stamp;
    }

    /// <summary>Replaces Identity's validator on the session cookie.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null || !await IsCurrentAsync(context.HttpContext, context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
