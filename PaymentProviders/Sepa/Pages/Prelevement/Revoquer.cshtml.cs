using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Tenancy;
using Platform.PaymentProviders.Sepa.Application;
using Platform.PaymentProviders.Sepa.Domain;

namespace Platform.PaymentProviders.Sepa.Pages.Prelevement;

/// <summary>Revoking a mandate, after a confirmation.</summary>
[Authorize]
public sealed class RevoquerModel(IFamilyDirectory families, MandateService mandates, TimeProvider clock) : FamilyMandatePage(families, mandates, clock)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await Mandates.RevokeAsync(Family!.Id, Id, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", result.Errors.Values.First()[0]);
            return Page();
        }

        TempData["Message"] = $"Le mandat {result.Value!.Rum} est révoqué : plus aucun prélèvement ne sera fait avec ce mandat.";
        return Redirect("/prelevement");
    }

    public bool CanRevoke => State == MandateState.Active;
}
