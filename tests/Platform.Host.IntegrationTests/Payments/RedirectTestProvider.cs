using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.IntegrationTests.Payments;

/// <summary>A test-only redirect provider: the payer is sent away, the result arrives later as a notification
/// (form fields reference, status, event) that the provider turns into an outcome, like a real gateway would.</summary>
public sealed class RedirectTestProvider : IPaymentProvider
{
    public string Id => "test-redirect";

    public string DisplayName => "Carte (test)";

    public PaymentCapabilities Capabilities => PaymentCapabilities.Redirect;


    public IReadOnlyList<ProviderSettingField> SettingsSchema => [];

    public Task<PaymentStart> StartAsync(PaymentRequest request, ProviderSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult<PaymentStart>(new PaymentStart.RedirectTo(new Uri($"https://paiement.test/session/{request.PaymentId:N}"), $"session-{request.PaymentId:N}"));

    public Task<PaymentOutcome?> HandleCallbackAsync(ProviderCallback callback, ProviderSettings settings, CancellationToken cancellationToken)
    {
        if (!callback.Form.TryGetValue("reference", out var reference) || !callback.Form.TryGetValue("status", out var status))
        {
            return Task.FromResult<PaymentOutcome?>(null);
        }

        var state = status switch
        {
            "paid" => PaymentState.Succeeded,
            "refused" => PaymentState.Failed,
            _ => PaymentState.Expired,
        };
        long? amount = callback.Form.TryGetValue("amount", out var cents) ? long.Parse(cents, System.Globalization.CultureInfo.InvariantCulture) : null;
        return Task.FromResult<PaymentOutcome?>(new PaymentOutcome(reference, state, amount, callback.Form["event"]));
    }

    public Task<PaymentOutcome> GetStatusAsync(string providerReference, ProviderSettings settings, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The tests drive this provider through its notifications only.");

    public Task<RefundOutcome> RefundAsync(RefundRequest request, ProviderSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(new RefundOutcome(false, "Pas de remboursement en test."));
}
