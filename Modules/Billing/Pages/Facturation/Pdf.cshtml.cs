using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modules.Billing.Application;

namespace Platform.Modules.Billing.Pages.Facturation;

/// <summary>The PDF of an invoice of one of the agent's régies.</summary>
[Authorize(Roles = "agent,administrateur")]
public sealed class PdfModel(InvoiceDocuments documents) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await documents.ForAgentAsync(User, id, cancellationToken) is { } file ? File(file.Content, "application/pdf", file.FileName) : NotFound();
}
