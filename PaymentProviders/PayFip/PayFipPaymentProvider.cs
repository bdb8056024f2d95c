using Microsoft.Extensions.Logging;
using Platform.PaymentProviders.Abstractions;

namespace Platform.PaymentProviders.PayFip;

/// <summary>PayFiP Régie Web-service: creates the operation by SOAP, sends the payer to the DGFiP page, and trusts only
/// its own <c>recupererDetailPaiementSecurise</c> call for the result (notifications and returns are unsigned).</summary>
internal sealed class PayFipPaymentProvider(PayFipSoapClient soap, TimeProvider clock, ILogger<PayFipPaymentProvider> logger) : IPaymentProvider, IProviderSettingsCheck
{
    public const string ProviderId = "payfip";

    /// <summary>The idOp is known but the payer has not finished.</summary>
    private const string Unfinished = "P5";

    /// <summary>The idOp is unknown, or purged by PayFiP after about a day.</summary>
    private const string UnknownIdOp = "P1";

    public string Id => ProviderId;

    public string DisplayName => "PayFiP (carte bancaire ou prélèvement unique)";

    public PaymentCapabilities Capabilities => PaymentCapabilities.Redirect | PaymentCapabilities.InvoicePayment;

    public IReadOnlyList<ProviderSettingField> SettingsSchema => PayFipSettings.Schema;

    public IReadOnlyList<string> Check(ProviderSettings settings, bool production) => PayFipSettings.Check(settings, production);

    public async Task<PaymentStart> StartAsync(PaymentRequest request, ProviderSettings settings, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.Currency, "EUR", StringComparison.OrdinalIgnoreCase))
        {
            return new PaymentStart.Refused(PayFipMessages.EurosOnly);
        }

        var config = PayFipSettings.From(settings);
        var refdet = PayFipFields.IsRefdet(request.DebtReference) ? request.DebtReference! : PayFipFields.Refdet(request.PaymentId);
        var mel = request.PayerEmail.Trim();
        var creation = new PayFipCreation(config.Numcli, PayFipFields.Exercise(clock), refdet, request.AmountCents, mel,
            PayFipFields.Objet(request.Description), config.Saisie, request.CallbackUrl, request.ReturnUrl);
        try
        {
            var result = await soap.CallAsync(config.ServiceUrl, PayFipEnvelopes.CreatePayment(creation), cancellationToken);
            var idOp = result.Element("idOp")?.Value.Trim() is { Length: > 0 } value
                ? value
                : throw new PayFipUnavailableException("PayFiP created a payment without an idOp.");
            return new PaymentStart.RedirectTo(config.PaymentPage(idOp), PayFipReference.Format(idOp, refdet));
        }
        catch (PayFipRefusalException refusal)
        {
            logger.LogWarning("PayFiP refused payment {PaymentId} (refdet {Refdet}): {Code} {Libelle}", request.PaymentId, refdet, refusal.Code, refusal.Libelle);
            return new PaymentStart.Refused(PayFipMessages.Refusal(refusal, mel));
        }
    }

    /// <summary>The notification only names an idOp; any other field (a <c>resultrans</c>) is ignored. An idOp PayFiP does
    /// not know, or whose payment is not finished, gives nothing to apply.</summary>
    public async Task<PaymentOutcome?> HandleCallbackAsync(ProviderCallback callback, ProviderSettings settings, CancellationToken cancellationToken)
    {
        if (PayFipNotification.IdOp(callback) is not { } idOp)
        {
            logger.LogWarning("PayFiP notification without a readable idOp ignored.");
            return null;
        }

        var config = PayFipSettings.From(settings);
        try
        {
            var detail = await ReadDetailAsync(config, idOp, cancellationToken);
            Verify(detail, config, idOp, expectedRefdet: null);
            return Outcome(PayFipReference.Format(idOp, detail.Refdet), detail);
        }
        catch (PayFipRefusalException refusal) when (refusal.Code is Unfinished or UnknownIdOp)
        {
            logger.LogInformation("PayFiP notification for idOp {IdOp} gives nothing to apply yet ({Code}).", idOp, refusal.Code);
            return null;
        }
    }

    /// <summary>Throws <see cref="PayFipMismatchException"/> when PayFiP describes another régie's or another attempt's
    /// operation: such an answer is never turned into a state.</summary>
    public async Task<PaymentOutcome> GetStatusAsync(string providerReference, ProviderSettings settings, CancellationToken cancellationToken)
    {
        var (idOp, refdet) = PayFipReference.Parse(providerReference);
        var config = PayFipSettings.From(settings);
        try
        {
            var detail = await ReadDetailAsync(config, idOp, cancellationToken);
            Verify(detail, config, idOp, refdet);
            return Outcome(providerReference, detail);
        }
        catch (PayFipRefusalException refusal) when (refusal.Code is Unfinished or UnknownIdOp)
        {
            var state = refusal.Code == Unfinished ? PaymentState.Pending : PaymentState.Expired;
            return new PaymentOutcome(providerReference, state, null, EventId(idOp, refusal.Code));
        }
    }

    public Task<RefundOutcome> RefundAsync(RefundRequest request, ProviderSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(new RefundOutcome(false, PayFipMessages.NoOnlineRefund));

    private async Task<PayFipPaymentDetail> ReadDetailAsync(PayFipSettings config, string idOp, CancellationToken cancellationToken) =>
        PayFipPaymentDetail.Read(await soap.CallAsync(config.ServiceUrl, PayFipEnvelopes.PaymentDetail(idOp), cancellationToken));

    private void Verify(PayFipPaymentDetail detail, PayFipSettings config, string idOp, string? expectedRefdet)
    {
        var mismatch =
            !string.Equals(detail.IdOp, idOp, StringComparison.OrdinalIgnoreCase) ? "idOp"
            : detail.Numcli != config.Numcli ? "numcli"
            : expectedRefdet is not null && detail.Refdet != expectedRefdet ? "refdet"
            : config.Saisie == PayFipSettings.Production && detail.Saisie != PayFipSettings.Production ? "saisie"
            : null;
        if (mismatch is null)
        {
            return;
        }

        logger.LogError("PayFiP operation {IdOp} is not ours: its {Field} differs (numcli {Numcli}, refdet {Refdet}, saisie {Saisie}).",
            idOp, mismatch, detail.Numcli, detail.Refdet, detail.Saisie);
        throw new PayFipMismatchException($"PayFiP operation {idOp} does not match this régie's payment: {mismatch} differs.");
    }

    private PaymentOutcome Outcome(string providerReference, PayFipPaymentDetail detail) =>
        new(providerReference, StateOf(detail), detail.MontantCents, EventId(detail.IdOp, detail.Resultrans));

    private PaymentState StateOf(PayFipPaymentDetail detail)
    {
        switch (detail.Resultrans)
        {
            case "P" or "V":
                return PaymentState.Succeeded;
            case "R" or "Z":
                return PaymentState.Failed;
            case "A":
                return PaymentState.Cancelled;
            default:
                logger.LogError("PayFiP operation {IdOp} has an unknown resultrans '{Resultrans}': left processing.", detail.IdOp, detail.Resultrans);
                return PaymentState.Processing;
        }
    }

    private static string EventId(string idOp, string result) => $"payfip:{idOp}:{result}";
}
