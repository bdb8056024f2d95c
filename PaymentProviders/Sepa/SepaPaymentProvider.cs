using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sepa.Application;
using Platform.PaymentProviders.Sepa.Settings;

namespace Platform.PaymentProviders.Sepa;

/// <summary>Collects invoices by SEPA direct debit on the payer's mandate. Never offered at checkout; the outcome comes
/// later from the bank's files, so a started payment stays Processing.</summary>
internal sealed class SepaPaymentProvider(DirectDebitScheduler scheduler) : IPaymentProvider, IProviderSettingsCheck
{
    public const string ProviderId = "sepa";

    public string Id => ProviderId;

    public string DisplayName => "Prélèvement SEPA";

    public PaymentCapabilities Capabilities => PaymentCapabilities.DirectDebit | PaymentCapabilities.InvoicePayment;

    public IReadOnlyList<ProviderSettingField> SettingsSchema => SepaSettings.Schema;

    public IReadOnlyList<string> Check(ProviderSettings settings, bool production)
    {
        CreditorSettings.Read(settings, out var errors);
        return errors;
    }

    public async Task<PaymentStart> StartAsync(PaymentRequest request, ProviderSettings settings, CancellationToken cancellationToken)
    {
        if (request.Currency != "EUR")
        {
            return new PaymentStart.Refused("Le prélèvement SEPA ne collecte que des euros.");
        }

        return CreditorSettings.Read(settings, out _) is { } creditor
            ? await scheduler.ScheduleAsync(request, creditor, cancellationToken)
            : new PaymentStart.Refused("Le prélèvement n'est pas encore configuré pour cette régie : choisissez un autre moyen de paiement.");
    }

    /// <summary>The bank sends no notification: rejects and returns arrive in its status files.</summary>
    public Task<PaymentOutcome?> HandleCallbackAsync(ProviderCallback callback, ProviderSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult<PaymentOutcome?>(null);

    public Task<PaymentOutcome> GetStatusAsync(string providerReference, ProviderSettings settings, CancellationToken cancellationToken) =>
        scheduler.StatusAsync(providerReference, cancellationToken);

    public Task<RefundOutcome> RefundAsync(RefundRequest request, ProviderSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(new RefundOutcome(false, "Un prélèvement ne se rembourse pas en ligne : la régie rembourse par virement, ou la famille le demande à sa banque."));
}
