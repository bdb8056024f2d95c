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
        var chosen = FamilyDirectory.Pick(Families.Select(f => f.Id).ToList(), Request);
        Family = Families.FirstOrDefault(f => f.Id == chosen);
        if (Family is not null && Request.Cookies[FamilyDirectory.FamilyCookie] != Family.Id.ToString())
        {
            Response.Cookies.Append(FamilyDirectory.FamilyCookie, Family.Id.ToString(), new() { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }

        return Family;
    }
}
