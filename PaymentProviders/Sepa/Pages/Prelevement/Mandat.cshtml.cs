using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Tenancy;
using Platform.PaymentProviders.Sepa.Application;

namespace Platform.PaymentProviders.Sepa.Pages.Prelevement;

/// <summary>The mandate as signed, laid out to be printed and kept.</summary>
[Authorize]
public sealed class MandatModel(IFamilyDirectory families, MandateService mandates, TimeProvider clock) : FamilyMandatePage(families, mandates, clock)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();
}
