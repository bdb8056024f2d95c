using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Platform.Core.Application;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;

namespace Platform.Modules.Wallet.Pages.PorteMonnaie;

/// <summary>Tops up the wallet by card: a pack or a free amount within the collectivité's bounds, for one régie.</summary>
[Authorize]
public sealed class RechargerModel(IFamilyDirectory families, IServiceCatalog catalog, IOrderDesk desk, IConfiguration configuration) : PageModel
{
    public static readonly long[] PackCents = [100, 500, 1000, 2500, 5000];

    public sealed record RegieChoice(Guid RegieId, string Commune, string CommuneName);

    public IReadOnlyList<RegieChoice> Regies { get; private set; } = [];

    public long MinimumCents => configuration.GetValue("Wallet:TopUp:MinimumCents", 100L);

    public long MaximumCents => configuration.GetValue("Wallet:TopUp:MaximumCents", 20000L);

    [BindProperty]
    public string? Pack { get; set; }

    [BindProperty]
    public string? Montant { get; set; }

    [BindProperty]
    public Guid? Regie { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } family)
        {
            return NotFound();
        }

        var regie = Regies.FirstOrDefault(r => r.RegieId == Regie) ?? (Regies.Count == 1 ? Regies[0] : null);
        if (regie is null)
        {
            ModelState.AddModelError(nameof(Regie), "Choisissez la régie à qui verser ce montant.");
        }

        long cents = 0;
        if (Pack is "autre" or null or "")
        {
            if (!Euros.TryParse(Montant, out cents))
            {
                ModelState.AddModelError(nameof(Montant), "Saisissez un montant en euros, par exemple 15 ou 12,50.");
            }
        }
        else if (!long.TryParse(Pack, out cents) || !PackCents.Contains(cents))
        {
            ModelState.AddModelError(nameof(Pack), "Choisissez l'un des montants proposés.");
        }

        if (ModelState.IsValid && (cents < MinimumCents || cents > MaximumCents))
        {
            ModelState.AddModelError(nameof(Montant), $"Le montant doit être compris entre {Euros.Format(MinimumCents)} et {Euros.Format(MaximumCents)}.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var placed = await desk.PlaceWalletTopUpAsync(
            family.Id, new WalletTopUpRequest(WalletModule.ModuleId, regie!.RegieId, regie.Commune, cents, $"Rechargement du porte-monnaie de {Euros.Format(cents)}"), cancellationToken);
        if (!placed.Succeeded)
        {
            foreach (var (field, messages) in placed.Errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }

            return Page();
        }

        return Redirect($"/commandes/{placed.Value}");
    }

    private async Task<FamilySummary?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await families.CurrentFamilyAsync(HttpContext, cancellationToken) is not { } family)
        {
            return null;
        }

        var regies = new List<RegieChoice>();
        foreach (var serviceId in await families.ValidatedServicesAsync(family.Id, cancellationToken))
        {
            if (await catalog.FindAsync(serviceId, cancellationToken) is { } service && regies.All(r => r.RegieId != service.RegieId))
            {
                regies.Add(new RegieChoice(service.RegieId, service.Commune, service.CommuneName));
            }
        }

        Regies = regies;
        return family;
    }
}
