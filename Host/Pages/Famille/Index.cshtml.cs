using Platform.Core.Application;
using Microsoft.AspNetCore.Mvc;
using Platform.Host.Families;

namespace Platform.Host.Pages.Famille;

public sealed class IndexModel(FamilyService families) : FamilyPageModel(families)
{
    [BindProperty]
    public string? InviteEmail { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadFamilyAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostInviterAsync(CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is not { } family)
        {
            return NotFound();
        }

        var result = await FamilyService.InviteAdultAsync(Me, family.Id, InviteEmail, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(InviteEmail), result.Errors.Values.First()[0]);
            return Page();
        }

        TempData["Message"] = $"Invitation envoyée à {InviteEmail}.";
        return RedirectToPage();
    }
}
