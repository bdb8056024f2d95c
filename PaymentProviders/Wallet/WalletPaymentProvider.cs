using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Application;
using Platform.Core.Wallet;
using Platform.PaymentProviders.Abstractions;

namespace Platform.PaymentProviders.Wallet;

public sealed class WalletPaymentPlugin : IPaymentProviderPlugin
{
    public string Id => WalletPaymentProvider.ProviderId;

    public void ConfigureServices(IServiceCollection services) => services.AddScoped<IPaymentProvider, WalletPaymentProvider>();
}

/// <summary>Pays at once from the family's prepaid credits, through the Wallet module's ledger (a Core port). The
/// provider reference is "familyId:paymentId", which is also the ledger's spend reference.</summary>
internal sealed class WalletPaymentProvider(IWalletLedger ledger) : IPaymentProvider, IPaymentStartRecovery
{
    public const string ProviderId = "wallet";

    public string Id => ProviderId;

    public string DisplayName => "Porte-monnaie";

    public PaymentCapabilities Capabilities => PaymentCapabilities.Instant | PaymentCapabilities.Refund | PaymentCapabilities.PartialRefund;

    public IReadOnlyList<ProviderSettingField> SettingsSchema => [];

    public async Task<PaymentStart> StartAsync(PaymentRequest request, ProviderSettings settings, CancellationToken cancellationToken)
    {
        var reference = Reference(request.PayerId, request.PaymentId);
        var result = await ledger.SpendAsync(
            new WalletSpend(request.PayerId, request.RegieId, request.Portions.Select(p => new WalletPortion(p.ServiceId, p.Cents)).ToList(), request.Description, reference),
            cancellationToken);
        return result.Succeeded
            ? new PaymentStart.Completed(reference)
            : new PaymentStart.Refused(Refusal(result.Balance, request));
    }

    /// <summary>Quotes only the credits this order could use: the global ones and those of its services.</summary>
    private static string Refusal(WalletBalance balance, PaymentRequest request)
    {
        var usable = balance.SpendableFor(request.Portions.Select(p => p.ServiceId).ToHashSet());
        var elsewhere = balance.TotalCents - usable;
        return $"Le solde de votre porte-monnaie utilisable pour cette commande ({Euros.Format(usable)}) ne suffit pas pour payer {Euros.Format(request.AmountCents)}."
            + (elsewhere > 0 ? $" Vos autres crédits ({Euros.Format(elsewhere)}) ne servent qu'à d'autres services." : "");
    }

    public Task<PaymentOutcome?> HandleCallbackAsync(ProviderCallback callback, ProviderSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult<PaymentOutcome?>(null);

    public async Task<PaymentOutcome> GetStatusAsync(string providerReference, ProviderSettings settings, CancellationToken cancellationToken)
    {
        var family = Guid.Parse(providerReference.Split(':')[0]);
        var spent = await ledger.NetSpentAsync(family, providerReference, cancellationToken);
        return new PaymentOutcome(providerReference, spent > 0 ? PaymentState.Succeeded : PaymentState.Failed, spent, $"status:{providerReference}:{spent}");
    }

    /// <summary>The spend's reference is made from the payment, so a debit whose answer was lost is found by it.</summary>
    public async Task<PaymentOutcome?> RecoverStartAsync(Guid paymentId, Guid payerId, ProviderSettings settings, CancellationToken cancellationToken)
    {
        var reference = Reference(payerId, paymentId);
        return await ledger.NetSpentAsync(payerId, reference, cancellationToken) is > 0 and var taken
            ? new PaymentOutcome(reference, PaymentState.Succeeded, taken, $"start:{paymentId}")
            : null;
    }

    public async Task<RefundOutcome> RefundAsync(RefundRequest request, ProviderSettings settings, CancellationToken cancellationToken)
    {
        var result = await ledger.RefundAsync(new WalletRefund(request.PayerId, request.ProviderReference, request.Cents, request.Reason, request.Reference), cancellationToken);
        return new RefundOutcome(result.Succeeded, result.Succeeded ? null : "Ce montant a déjà été rendu, ou dépasse ce qui reste à rendre de ce paiement.");
    }

    private static string Reference(Guid family, Guid payment) => $"{family:N}:{payment:N}";
}
