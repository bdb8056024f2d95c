using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Application;

namespace Platform.Modules.Billing.Pages.Factures;

/// <summary>The PDF of one of the family's invoices.</summary>
[Authorize]
public sealed class PdfModel(IFamilyDirectory families, InvoiceDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await families.CurrentFamilyAsync(HttpContext, cancellationToken) is { } family && await documents.ForFamilyAsync(family.Id, id, cancellationToken) is { } file
            ? File(file.Content, "application/pdf", file.FileName)
            : NotFound();
}
