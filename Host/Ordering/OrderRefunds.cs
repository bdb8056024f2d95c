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

        line.RefundedCents += due;
        payment.RefundedCents += due;
        payment.State = payment.RefundedCents >= payment.AmountCents ? PaymentState.Refunded : PaymentState.PartiallyRefunded;
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<long>.Ok(due);
    }
}
