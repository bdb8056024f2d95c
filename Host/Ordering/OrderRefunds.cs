using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Billing;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Core.Wallet;
using Platform.Host.Data;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Ordering;

/// <summary>Gives back what is left of a paid order line: to the family's wallet when the commune's rule says so (or the
/// provider cannot refund) and the régie takes the wallet, otherwise through the provider that paid it when it can
/// refund, otherwise as a credit on the family's next invoice of the régie when the commune invoices; else the refund is
/// refused ("adressez-vous à la régie"). Money never becomes a credit the family cannot spend where it was cashed.
/// Idempotent per line.</summary>
public sealed class OrderRefunds(
    PlatformDbContext db, PaymentChannels channels, IEnumerable<IWalletLedger> wallets, IEnumerable<IInvoiceCredits> invoiceCredits, IPlatformFeatures features)
    : IOrderRefunds
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
        var channel = payment is null ? null : await channels.OfPaymentAsync(payment.ProviderId, order.RegieId, cancellationToken);
        if (payment is null || channel is null)
        {
            return AppResult<long>.Invalid("Refund", "Ce paiement ne peut pas être remboursé en ligne : adressez-vous à la régie.");
        }

        var reference = $"refund:{line.Id}";
        var keptByProvider = false;
        var toWallet = !channel.Provider.Capabilities.HasFlag(PaymentCapabilities.Instant) && wallets.FirstOrDefault() is { } ledger
            && (await db.Communes.AnyAsync(c => c.Slug == order.Commune && c.RefundsToWallet, cancellationToken) || !channel.Provider.Capabilities.HasFlag(PaymentCapabilities.Refund))
            && await features.AcceptsWalletAsync(order.Commune, order.RegieId, cancellationToken)
            ? ledger : null;
        if (toWallet is not null)
        {
            var credited = await toWallet.CreditAsync(new WalletCredit(order.FamilyId, line.ServiceId, order.RegieId, due, reason, reference, null), cancellationToken);
            if (!credited.Succeeded)
            {
                return AppResult<long>.Invalid("Refund", "Le remboursement sur le porte-monnaie a échoué : adressez-vous à la régie.");
            }

            keptByProvider = true;
        }
        else if (!channel.Provider.Capabilities.HasFlag(PaymentCapabilities.Refund))
        {
            var credits = invoiceCredits.FirstOrDefault();
            if (credits is null || !await credits.GrantAsync(order.Commune, new InvoiceCredit(order.FamilyId, order.RegieId, due, reason, reference), cancellationToken))
            {
                return AppResult<long>.Invalid("Refund", "Ce paiement ne peut pas être remboursé en ligne : adressez-vous à la régie.");
            }

            keptByProvider = true;
        }
        else
        {
            var refunded = await channel.Provider.RefundAsync(
                new RefundRequest(payment.Id, order.FamilyId, payment.ProviderReference!, due, reference, reason), channel.Settings, cancellationToken);
            if (!refunded.Succeeded)
            {
                return AppResult<long>.Invalid("Refund", refunded.Message ?? "Le remboursement a échoué : adressez-vous à la régie.");
            }
        }

        // Conditional updates, in one transaction: two cancellations of one line at once count its refund once (the
        // provider's refund is idempotent on the line's reference too), and a stop never counts the line without its
        // payment. Money put in the wallet or on the next invoice leaves the payment as it was: the provider holds all of it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var counted = await db.OrderLines.Where(l => l.Id == line.Id && l.RefundedCents == line.RefundedCents)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.RefundedCents, l => l.RefundedCents + due), cancellationToken);
        if (counted == 1 && !keptByProvider)
        {
            await db.Payments.Where(p => p.Id == payment.Id)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(p => p.RefundedCents, p => p.RefundedCents + due)
                        .SetProperty(p => p.State, p => p.RefundedCents + due >= p.AmountCents ? PaymentState.Refunded : PaymentState.PartiallyRefunded),
                    cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        // What THIS call gave back: a call that lost the race above refunded nothing more.
        return AppResult<long>.Ok(counted == 1 ? due : 0);
    }
}
