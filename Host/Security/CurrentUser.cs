using System.Security.Claims;
using Platform.Host.Accounts;

namespace Platform.Host.Security;

/// <summary>Who is calling, as the application services need it.</summary>
public sealed record CurrentUser(Guid Id, bool IsAgent, bool IsAdministrator)
{
    public static CurrentUser From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The caller is not authenticated.");
        return new CurrentUser(Guid.Parse(id), principal.IsInRole(Roles.Agent), principal.IsInRole(Roles.Administrator));
    }
}
