using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Tenancy;
using Platform.Modules.Wallet.Application;

namespace Platform.Modules.Wallet.Pages.PorteMonnaie;

[Authorize]
public sealed class IndexModel(IFamilyDirectory families, WalletViews views) : PageModel
{
    public WalletView? Wallet { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await families.CurrentFamilyAsync(HttpContext, cancellationToken) is { } family)
        {
            Wallet = await views.GetAsync(family.Id, cancellationToken);
        }

        return Page();
    }
}
