using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Email;
using Platform.Core.Tenancy;
using Platform.Core.Wallet;
using Platform.Host.Common;
using Platform.Host.Data;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Ordering;

/// <summary>A payment the provider confirmed after its order expired (spec §1 rule 3), or a second payment of an order
/// already paid: the money was really taken, so it is never lost. It goes back through the provider where the commune prefers and the provider can refund, else to
/// the family's wallet; the family and the commune's agents are told. Safe to repeat: every step is idempotent.</summary>
public sealed class LateSuccesses(
    PlatformDbContext db,
    PaymentChannels channels,
    IEnumerable<IWalletLedger> wallets,
    IPlatformFeatures features,
    IFamilyDirectory families,
    IEmailSender email,
    PublicUrls urls,
    TimeProvider clock,
    ILogger<LateSuccesses> logger)
{
    public async Task SettleAsync(Payment payment, CancellationToken cancellationToken)
    {
        // Claimed first: a webhook and the reconciliation job settling the same payment at once give it back once.
        var claimed = await db.Payments.Where(p => p.Id == payment.Id && !p.LateSuccess)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LateSuccess, true).SetProperty(p => p.UpdatedAtUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        await GiveBackAsync(payment, cancellationToken);
    }

    /// <summary>Finishes a give-back that a crash cut short after its claim (<see cref="Payment.GivenBackAtUtc"/> still
    /// null). Every step is idempotent on the payment: the wallet credit and the provider refund carry its reference.</summary>
    public Task ResumeAsync(Payment payment, CancellationToken cancellationToken) => GiveBackAsync(payment, cancellationToken);

    private async Task GiveBackAsync(Payment payment, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == payment.OrderId, cancellationToken);
        logger.LogError("Payment {Payment} succeeded for order {Order} ({State}) that it did not pay: giving the money back.", payment.Id, order.Number, order.State);
        string outcome;
        try
        {
            outcome = await ReturnMoneyAsync(payment, order, cancellationToken);
        }
        catch
        {
            await db.Payments.Where(p => p.Id == payment.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.LateSuccess, false), cancellationToken);
            throw;
        }

        await db.Payments.Where(p => p.Id == payment.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.GivenBackAtUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        logger.LogError("Payment {Payment}: {Outcome}.", payment.Id, outcome);
        await TellAsync(order, payment, outcome, cancellationToken);
    }

    /// <summary>To the card when the commune prefers it and the provider can refund; a refused card refund is left to
    /// the régie rather than also credited to the wallet (a refund that timed out may still have been made). The wallet
    /// only where the régie takes it, else the régie gives the money back itself.</summary>
    private async Task<string> ReturnMoneyAsync(Payment payment, Order order, CancellationToken cancellationToken)
    {
        var refundsToWallet = await db.Communes.AnyAsync(c => c.Slug == order.Commune && c.RefundsToWallet, cancellationToken);
        var channel = await channels.OfPaymentAsync(payment.ProviderId, order.RegieId, cancellationToken);
        var ledger = await features.AcceptsWalletAsync(order.Commune, order.RegieId, cancellationToken) ? wallets.FirstOrDefault() : null;
        if (channel is not null && channel.Provider.Capabilities.HasFlag(PaymentCapabilities.Refund) && (!refundsToWallet || ledger is null))
        {
            var refund = await channel.Provider.RefundAsync(
                new RefundRequest(payment.Id, order.FamilyId, payment.ProviderReference!, payment.AmountCents, $"late:{payment.Id}", "Paiement reçu pour une commande déjà réglée ou annulée"),
                channel.Settings, cancellationToken);
            return refund.Succeeded
                ? $"remboursé par {channel.Provider.DisplayName}"
                : $"à rendre par la régie : le remboursement par {channel.Provider.DisplayName} a échoué ({refund.Message})";
        }

        if (ledger is not null)
        {
            var credit = await ledger.CreditAsync(
                new WalletCredit(order.FamilyId, null, order.RegieId, payment.AmountCents, $"Paiement reçu en trop pour la commande {order.Number}", $"late:{payment.Id}", null),
                cancellationToken);
            if (credit.Succeeded)
            {
                return "crédité sur le porte-monnaie de la famille";
            }
        }

        return "à rendre par la régie (aucun remboursement automatique possible)";
    }

    private async Task TellAsync(Order order, Payment payment, string outcome, CancellationToken cancellationToken)
    {
        var amount = Euros.Format(payment.AmountCents);
        var why = order.State switch
        {
            OrderState.Paid => ("en double", $"alors que la commande {order.Number} était déjà réglée par un autre paiement"),
            OrderState.Cancelled => ("après l'annulation", $"après l'annulation de la commande {order.Number}"),
            _ => ("après l'annulation", $"après la fin du délai de paiement : la commande {order.Number} était déjà annulée"),
        };
        foreach (var adult in (await families.FindAsync(order.FamilyId, cancellationToken))?.AdultEmails ?? [])
        {
            await email.SendAsync(new EmailMessage(adult, $"Paiement reçu {why.Item1} – commande {order.Number}",
                $"Bonjour,\n\nVotre paiement de {amount} nous est parvenu {why.Item2}. Ce montant est {outcome}.\n\nVotre espace sur le portail : {urls.For("/")}\n"),
                cancellationToken);
        }

        var agents = await db.AgentCommunes.Where(a => db.Communes.Any(c => c.Id == a.CommuneId && c.Slug == order.Commune))
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => u.Email).ToListAsync(cancellationToken);
        foreach (var agent in agents.OfType<string>())
        {
            await email.SendAsync(new EmailMessage(agent, $"Paiement tardif – commande {order.Number}",
                $"Le paiement {payment.Id} de {amount} ({payment.ProviderId}) a été confirmé {why.Item2}. " +
                $"Il est {outcome}. Vérifiez qu'aucune réservation n'a été faite en double.\n"), cancellationToken);
        }
    }
}
