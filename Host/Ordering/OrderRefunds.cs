using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Ordering;
using Platform.Host.Data;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Ordering;

/// <summary>Gives back what is left of a paid order line through the provider that paid it. Idempotent per line.</summary>
public sealed class OrderRefunds(PlatformDbContext db, PaymentChannels channels) : IOrderRefunds
{
    public async Task<AppResult<long>> RefundLineAsync(Guid orderLineId, string reason, CancellationToken cancellationToken)
    {
        var line = await db.OrderLines.SingleOrDefaultAsync(l => l.Id == orderLineId, cancellationToken);
        if (line is null)
        {
            return AppResult<long>.NotFound();
        }

        var due = line.TotalCents - line.RefundedCents;
        if (due == 0)
        {
            return AppResult<long>.Ok(0);
        }

        var order = await db.Orders.SingleAsync(o => o.Id == line.OrderId, cancellationToken);
        var payment = await db.Payments.SingleOrDefaultAsync(
            p => p.OrderId == order.Id && (p.State == PaymentState.Succeeded || p.State == PaymentState.PartiallyRefunded), cancellationToken);
        if (payment is null || channels.Find(payment.ProviderId) is not { } provider || (provider.Capabilities & PaymentCapabilities.Refund) == 0)
        {
            return AppResult<long>.Invalid("Refund", "Ce paiement ne peut pas être remboursé en ligne : adressez-vous à la régie.");
        }

        var refunded = await provider.RefundAsync(
            new RefundRequest(payment.Id, order.FamilyId, payment.ProviderReference!, due, $"refund:{line.Id}", reason), ProviderSettings.None, cancellationToken);
        if (!refunded.Succeeded)
        {
            return AppResult<long>.Invalid("Refund", refunded.Message ?? "Le remboursement a échoué : adressez-vous à la régie.");
        }

        // Conditional updates: two cancellations of one line at once count its refund once (the provider's refund is
        // idempotent on the line's reference too).
        var counted = await db.OrderLines.Where(l => l.Id == line.Id && l.RefundedCents == line.RefundedCents)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.RefundedCents, l => l.RefundedCents + due), cancellationToken);
        if (counted == 1)
        {
            await db.Payments.Where(p => p.Id == payment.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.RefundedCents, p => p.RefundedCents + due), cancellationToken);
            await db.Payments.Where(p => p.Id == payment.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, p => p.RefundedCents >= p.AmountCents ? PaymentState.Refunded : PaymentState.PartiallyRefunded), cancellationToken);
        }

        return AppResult<long>.Ok(due);
    }
}
