using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Host.Families;
using Platform.Host.Security;

namespace Platform.Host.Pages;

/// <summary>Base of the parent pages: the caller's families and the one being worked on. An adult of two families
/// switches with ?famille=…, remembered in a cookie.</summary>
public abstract class FamilyPageModel(FamilyService families) : PageModel
{
    public IReadOnlyList<FamilyView> Families { get; private set; } = [];

    public FamilyView? Family { get; private set; }

    protected FamilyService FamilyService => families;

    protected CurrentUser Me => CurrentUser.From(User);

    protected async Task<FamilyView?> LoadFamilyAsync(CancellationToken cancellationToken)
    {
        Families = await families.ListAsync(Me, cancellationToken);
        var wanted = Guid.TryParse(Request.Query["famille"], out var fromQuery) ? fromQuery
            : Guid.TryParse(Request.Cookies[FamilyDirectory.FamilyCookie], out var fromCookie) ? fromCookie
            : Guid.Empty;
        Family = Families.FirstOrDefault(f => f.Id == wanted) ?? Families.FirstOrDefault();
        if (Family is not null && Family.Id != wanted)
        {
            Response.Cookies.Append(FamilyDirectory.FamilyCookie, Family.Id.ToString(), new() { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }
        else if (Family is not null && Request.Query.ContainsKey("famille"))
        {
            Response.Cookies.Append(FamilyDirectory.FamilyCookie, Family.Id.ToString(), new() { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }

        return Family;
    }
}
