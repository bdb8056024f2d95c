using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Modules.Wallet.Application;

namespace Platform.Modules.Wallet.Pages.PorteMonnaie;

/// <summary>Tops up the wallet: a pack or a free amount, then the order page offers the commune's card channels.</summary>
[Authorize]
public sealed class RechargerModel(IFamilyDirectory families, TopUps topUps) : PageModel
{
    public IReadOnlyList<TopUpRegie> Regies { get; private set; } = [];

    public long MinimumCents => topUps.MinimumCents;

    public long MaximumCents => topUps.MaximumCents;

    [BindProperty]
    public string? Pack { get; set; }

    [BindProperty]
    public string? Montant { get; set; }

    [BindProperty]
    public Guid? RegieId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } family)
        {
            return NotFound();
        }

        long cents;
        if (Pack is null or "" or "autre")
        {
            if (!Euros.TryParse(Montant, out cents))
            {
                ModelState.AddModelError(nameof(Montant), "Saisissez un montant en euros, par exemple 15 ou 12,50.");
                return Page();
            }
        }
        else if (!long.TryParse(Pack, out cents) || !TopUps.PackCents.Contains(cents))
        {
            ModelState.AddModelError(nameof(Pack), "Choisissez l'un des montants proposés.");
            return Page();
        }

        var placed = await topUps.PlaceAsync(family.Id, RegieId, cents, cancellationToken);
        if (placed.Succeeded)
        {
            return Redirect($"/commandes/{placed.Value}");
        }

        foreach (var (field, messages) in placed.Errors)
        {
            ModelState.AddModelError(field == "Cents" ? nameof(Montant) : field, string.Join(" ", messages));
        }

        return Page();
    }

    private async Task<FamilySummary?> LoadAsync(CancellationToken cancellationToken)
    {
        var family = await families.CurrentFamilyAsync(HttpContext, cancellationToken);
        if (family is not null)
        {
            Regies = await topUps.RegiesAsync(family.Id, cancellationToken);
        }

        return family;
    }
}
