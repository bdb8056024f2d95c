using Platform.PaymentProviders.Abstractions;

namespace Platform.PaymentProviders.Stripe;

/// <summary>A Checkout Session's status and payment_status in the platform's states (payments spec §1).</summary>
internal static class CheckoutSessionState
{
    public static PaymentState Of(string? status, string? paymentStatus) => (status, paymentStatus) switch
    {
        ("complete", "paid" or "no_payment_required") => PaymentState.Succeeded,
        ("complete", _) => PaymentState.Processing,
        ("expired", _) => PaymentState.Expired,
        _ => PaymentState.Pending,
    };
}
