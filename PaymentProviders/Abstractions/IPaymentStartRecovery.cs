namespace Platform.PaymentProviders.Abstractions;

/// <summary>Optional, for providers whose start moves money at once (<see cref="PaymentCapabilities.Instant"/>): tells
/// what became of a start the host never heard the end of. The host records a payment before it calls
/// <see cref="IPaymentProvider.StartAsync"/>; if the process stops before the answer is saved, the payment has no
/// provider reference and only this call can find the money it took. A provider without it has its unanswered starts
/// cancelled after a while: a redirect nobody received cannot be paid. Added in SDK 1.1.</summary>
public interface IPaymentStartRecovery
{
    /// <returns>The outcome of the start (with its provider reference), or null when the start took nothing.</returns>
    Task<PaymentOutcome?> RecoverStartAsync(Guid paymentId, Guid payerId, ProviderSettings settings, CancellationToken cancellationToken);
}
