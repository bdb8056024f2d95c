using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Ordering;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

/// <summary>Places the order that pays what is left of an invoice; the parent then pays it on the order page with the
/// commune's invoice channels (a module handling orders cannot also place them: the desk calls the handlers).</summary>
public sealed class InvoiceCheckout(BillingDbContext db, IOrderDesk desk)
{
    /// <summary>An order for what is left to pay on the family's invoice.</summary>
    public async Task<AppResult<Guid>> PlaceAsync(Guid familyId, Guid invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId && i.FamilyId == familyId && i.Kind == InvoiceKind.Invoice, cancellationToken);
        if (invoice is null)
        {
            return AppResult<Guid>.NotFound();
        }

        var due = invoice.TotalCents - invoice.PaidCents;
        if (due <= 0)
        {
            return AppResult<Guid>.Invalid("Invoice", $"La facture {invoice.Number} est déjà payée.");
        }

        if (await db.Debits.AnyAsync(d => d.OpenInvoiceId == invoice.Id, cancellationToken))
        {
            return AppResult<Guid>.Invalid("Invoice", $"La facture {invoice.Number} est en cours de prélèvement sur votre compte : inutile de la payer en ligne.");
        }

        return await desk.PlaceAsync(
            familyId,
            new DirectOrder(InvoicePurpose.OrderKind, BillingModule.ModuleId, invoice.RegieId, invoice.Commune, due, $"Facture {invoice.Number}")
            {
                SubjectId = invoice.Id, DebtReference = InvoiceNumbers.DebtReference(invoice.Number),
            },
            cancellationToken);
    }
}
