using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Data;
using Platform.Modules.Billing.Documents;

namespace Platform.Modules.Billing.Application;

public sealed record InvoiceFile(string FileName, byte[] Content);

/// <summary>The PDF of an invoice or credit note, for its family or an agent of its régie (null for anyone else).</summary>
public sealed class InvoiceDocuments(BillingDbContext db, FamilyInvoices views, IFamilyDirectory families, IRegieDirectory regies, RegieInvoices agents)
{
    public async Task<InvoiceFile?> ForFamilyAsync(Guid familyId, Guid invoiceId, CancellationToken cancellationToken) =>
        await db.Invoices.AsNoTracking().Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == invoiceId && i.FamilyId == familyId, cancellationToken) is { } invoice
            ? await RenderAsync(invoice, cancellationToken)
            : null;

    public async Task<InvoiceFile?> ForAgentAsync(ClaimsPrincipal agent, Guid invoiceId, CancellationToken cancellationToken) =>
        await db.Invoices.AsNoTracking().Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken) is { } invoice
        && await agents.ServesAsync(agent, invoice, cancellationToken)
            ? await RenderAsync(invoice, cancellationToken)
            : null;

    /// <summary>The PDF of an invoice whose lines are loaded.</summary>
    internal async Task<InvoiceFile> RenderAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        var regie = await regies.FindAsync(invoice.RegieId, cancellationToken);
        var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.RegieId == invoice.RegieId, cancellationToken);
        var family = await families.FindAsync(invoice.FamilyId, cancellationToken);
        var head = new InvoiceLetterhead(regie?.Name ?? "Régie", regie?.CollectiviteName ?? "", profile, family?.Name ?? "");
        var pdf = InvoicePdf.Render(await views.DetailAsync(invoice, cancellationToken), head);
        return new InvoiceFile($"{(invoice.Kind == InvoiceKind.CreditNote ? "avoir" : "facture")}-{invoice.Number}.pdf", pdf);
    }
}
