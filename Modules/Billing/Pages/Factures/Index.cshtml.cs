using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Application;
using Platform.Modules.Billing.Tariffs;

namespace Platform.Modules.Billing.Pages.Factures;

/// <summary>"Mes factures": what the family still owes, its credits waiting, and every invoice and credit note.</summary>
[Authorize]
public sealed class IndexModel(IFamilyDirectory families, FamilyInvoices invoices, IRegieDirectory regies, BillingTariffRules tariffs) : PageModel
{
    public bool HasFamily { get; private set; }

    public long DueCents { get; private set; }

    /// <summary>Whether one of the family's services prices by quotient familial.</summary>
    public bool ByQuotient { get; private set; }

    public IReadOnlyList<InvoiceSummary> Invoices { get; private set; } = [];

    public IReadOnlyList<(string Regie, long Cents)> Credits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await families.CurrentFamilyAsync(HttpContext, cancellationToken) is not { } family)
        {
            return Page();
        }

        HasFamily = true;
        DueCents = await invoices.DueAsync(family.Id, cancellationToken) ?? 0;
        Invoices = await invoices.ListAsync(family.Id, cancellationToken);
        var credits = new List<(string, long)>();
        foreach (var (regieId, cents) in await invoices.CreditsAsync(family.Id, cancellationToken))
        {
            credits.Add(((await regies.FindAsync(regieId, cancellationToken))?.Name ?? "Régie", cents));
        }

        Credits = credits;
        var services = await families.ValidatedServicesAsync(family.Id, cancellationToken);
        ByQuotient = services.Count > 0 && (await tariffs.UsedByAsync(services.Select(s => s.Id).ToList(), cancellationToken)).ByQuotient;
        return Page();
    }
}
