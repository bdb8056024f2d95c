using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Application;

namespace Platform.Modules.Billing.Pages.Factures;

/// <summary>One invoice: its lines, the payments received, the PDF, and paying what is left online.</summary>
[Authorize]
public sealed class FactureModel(IFamilyDirectory families, FamilyInvoices invoices, InvoiceCheckout orders) : PageModel
{
    public InvoiceDetail? Invoice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await families.CurrentFamilyAsync(HttpContext, cancellationToken) is not { } family
            || await invoices.FindAsync(family.Id, id, cancellationToken) is not { } invoice)
        {
            return NotFound();
        }

        Invoice = invoice;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await families.CurrentFamilyAsync(HttpContext, cancellationToken) is not { } family)
        {
            return NotFound();
        }

        var placed = await orders.PlaceAsync(family.Id, id, cancellationToken);
        if (placed.IsNotFound)
        {
            return NotFound();
        }

        if (placed.Succeeded)
        {
            return Redirect($"/commandes/{placed.Value}");
        }

        foreach (var (field, messages) in placed.Errors)
        {
            ModelState.AddModelError(field, string.Join(" ", messages));
        }

        Invoice = await invoices.FindAsync(family.Id, id, cancellationToken);
        return Page();
    }
}
