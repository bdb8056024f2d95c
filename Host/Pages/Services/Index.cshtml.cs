using Microsoft.AspNetCore.Mvc;
using Platform.Host.Access;
using Platform.Host.Families;

namespace Platform.Host.Pages.Services;

public sealed class IndexModel(FamilyService families, AccessService access) : FamilyPageModel(families)
{
    public IReadOnlyList<AccessRequestView> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is { } family)
        {
            Requests = (await access.ListForFamilyAsync(Me, family.Id, cancellationToken)).Value ?? [];
        }

        return Page();
    }
}
