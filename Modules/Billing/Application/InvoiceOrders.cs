using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Ordering;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

/// <summary>Billing's side of the order that pays an invoice online: what it pays is recorded when it is placed, and the
/// payment once the host says the order is paid (late included).</summary>
internal sealed class InvoiceOrders(BillingDbContext db, InvoicePayments payments, TimeProvider clock) : IOrderLineHandler
{
    public string ModuleId => BillingModule.ModuleId;

    public async Task<AppResult<bool>> HoldAsync(OrderHold hold, CancellationToken cancellationToken)
    {
        var line = hold.Lines.Single();
        if (await db.Orders.AnyAsync(o => o.OrderId == hold.OrderId, cancellationToken))
        {
            return AppResult<bool>.Ok(true);
        }

        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == line.ItemId && i.FamilyId == hold.FamilyId, cancellationToken);
        if (invoice is null || line.UnitCents <= 0 || line.UnitCents > invoice.TotalCents - invoice.PaidCents
            || await db.Debits.AnyAsync(d => d.OpenInvoiceId == invoice.Id, cancellationToken))
        {
            return AppResult<bool>.Invalid("Invoice", "Cette facture n'a plus ce montant à payer : rechargez « Mes factures ».");
        }

        db.Orders.Add(new InvoiceOrder
        {
            OrderId = hold.OrderId, InvoiceId = invoice.Id, FamilyId = hold.FamilyId, Cents = line.UnitCents,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<bool>.Ok(true);
    }

    /// <summary>Refused when the invoice was paid meanwhile (at the counter, by another order): nothing left to pay.</summary>
    public async Task<AppResult<bool>> CheckAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.OrderId == orderId, cancellationToken);
        var due = order is null ? 0 : await db.Invoices.Where(i => i.Id == order.InvoiceId).Select(i => i.TotalCents - i.PaidCents).SingleAsync(cancellationToken);
        return order is not null && due >= order.Cents && !await db.Debits.AnyAsync(d => d.OpenInvoiceId == order.InvoiceId, cancellationToken)
            ? AppResult<bool>.Ok(true)
            : AppResult<bool>.Invalid("Order", "Cette facture a été réglée ou mise en prélèvement entre-temps : consultez « Mes factures ».");
    }

    /// <summary>The payment's reference is the order: confirmed twice, recorded once.</summary>
    public async Task ConfirmAsync(Guid orderId, CancellationToken cancellationToken)
    {
        if (await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.OrderId == orderId, cancellationToken) is not { } order)
        {
            return;
        }

        await payments.RecordAsync(order.InvoiceId, PaymentChannels.Online, order.Cents, $"order:{orderId}", cancellationToken);
    }

    /// <summary>Nothing is held for an invoice: an order that lapsed may still be paid (a late success pays the invoice).</summary>
    public Task ReleaseAsync(Guid orderId, CancellationToken cancellationToken) => Task.CompletedTask;
}
