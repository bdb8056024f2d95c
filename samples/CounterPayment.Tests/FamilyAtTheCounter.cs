using Platform.PaymentProviders.Abstractions;

namespace CounterPayment.Tests;

/// <summary>The counter provider, plus what happens outside the portal: once its slip is issued, a paying family
/// goes to the counter and the agent records the amount received.</summary>
internal sealed class FamilyAtTheCounter(IPaymentProvider counter, SlipBook book, IReadOnlySet<Guid> payingFamilies) : IPaymentProvider
{
    public string Id => counter.Id;

    public string DisplayName => counter.DisplayName;

    public PaymentCapabilities Capabilities => counter.Capabilities;

    public IReadOnlyList<ProviderSettingField> SettingsSchema => counter.SettingsSchema;

    public async Task<PaymentStart> StartAsync(PaymentRequest request, ProviderSettings settings, CancellationToken cancellationToken)
    {
        var start = await counter.StartAsync(request, settings, cancellationToken);
        if (start is PaymentStart.Accepted accepted && payingFamilies.Contains(request.PayerId))
        {
            book.RecordPayment(accepted.ProviderReference, request.AmountCents, DateTimeOffset.UtcNow);
        }

        return start;
    }

    public Task<PaymentOutcome?> HandleCallbackAsync(ProviderCallback callback, ProviderSettings settings, CancellationToken cancellationToken) =>
        counter.HandleCallbackAsync(callback, settings, cancellationToken);

    public Task<PaymentOutcome> GetStatusAsync(string providerReference, ProviderSettings settings, CancellationToken cancellationToken) =>
        counter.GetStatusAsync(providerReference, settings, cancellationToken);

    public Task<RefundOutcome> RefundAsync(RefundRequest request, ProviderSettings settings, CancellationToken cancellationToken) =>
        counter.RefundAsync(request, settings, cancellationToken);
}
