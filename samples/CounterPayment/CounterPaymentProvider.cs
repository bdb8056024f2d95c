using Platform.PaymentProviders.Abstractions;

namespace CounterPayment;

/// <summary>Payment at the régie's counter: starting a payment issues a slip and leaves it processing; it succeeds once
/// an agent records the cash received on that slip, and expires when the family did not come in time.</summary>
public sealed class CounterPaymentProvider(TimeProvider clock) : IPaymentProvider
{
    public const string ProviderId = "counter";

    /// <summary>The field of the till's notification (query or form) naming the slip it cashed.</summary>
    public const string ReferenceField = "reference";

    public string Id => ProviderId;

    public string DisplayName => "Paiement au guichet de la régie";

    public PaymentCapabilities Capabilities => PaymentCapabilities.InvoicePayment;

    public IReadOnlyList<ProviderSettingField> SettingsSchema => CounterSettings.Schema;

    public Task<PaymentStart> StartAsync(PaymentRequest request, ProviderSettings settings, CancellationToken cancellationToken)
    {
        var slip = Slip.Issue(request.PaymentId, request.AmountCents, clock.GetUtcNow(), CounterSettings.DelayOf(settings), settings.Get(CounterSettings.CounterAddress));
        var issued = CounterSettings.BookOf(settings).Issue(slip);
        return Task.FromResult<PaymentStart>(new PaymentStart.Accepted(issued.Reference));
    }

    /// <summary>The till may notify a cashed slip; the notification only names it, the slip book says what was paid.</summary>
    public async Task<PaymentOutcome?> HandleCallbackAsync(ProviderCallback callback, ProviderSettings settings, CancellationToken cancellationToken)
    {
        var reference = callback.Form.GetValueOrDefault(ReferenceField) ?? callback.Query.GetValueOrDefault(ReferenceField);
        return reference is not null && CounterSettings.BookOf(settings).Find(reference) is not null
            ? await GetStatusAsync(reference, settings, cancellationToken)
            : null;
    }

    public Task<PaymentOutcome> GetStatusAsync(string providerReference, ProviderSettings settings, CancellationToken cancellationToken)
    {
        // A missing slip is an operations problem (wrong folder), not a payment verdict: the host logs it and asks again.
        var slip = CounterSettings.BookOf(settings).Find(providerReference)
            ?? throw new InvalidOperationException($"No slip {providerReference} in the régie's slip folder.");
        var (state, cents) = slip switch
        {
            { PaidCents: { } paid } => (PaymentState.Succeeded, paid),
            _ when clock.GetUtcNow() > slip.DueBy => (PaymentState.Expired, slip.AmountCents),
            _ => (PaymentState.Processing, slip.AmountCents),
        };
        return Task.FromResult(new PaymentOutcome(slip.Reference, state, cents, $"{ProviderId}:{slip.Reference}:{state}"));
    }

    public Task<RefundOutcome> RefundAsync(RefundRequest request, ProviderSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(new RefundOutcome(false, "Un paiement au guichet se rembourse auprès de la régie, sur présentation du reçu."));
}
