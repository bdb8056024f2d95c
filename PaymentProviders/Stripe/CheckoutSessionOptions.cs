using Platform.PaymentProviders.Abstractions;
using Stripe.Checkout;

namespace Platform.PaymentProviders.Stripe;

/// <summary>The Checkout Session the platform asks for: one EUR line, our ids in client_reference_id and metadata
/// (copied onto the PaymentIntent, so its charges and refunds carry them too).</summary>
internal static class CheckoutSessionOptions
{
    public static SessionCreateOptions For(PaymentRequest request, DateTimeOffset expiresAt)
    {
        var metadata = new Dictionary<string, string>
        {
            ["payment_id"] = request.PaymentId.ToString(),
            ["regie_id"] = request.RegieId.ToString(),
            ["commune"] = request.Commune,
        };
        return new SessionCreateOptions
        {
            Mode = "payment",
            Locale = "fr",
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = "eur",
                        UnitAmount = request.AmountCents,
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
                    },
                },
            ],
            SuccessUrl = request.ReturnUrl.AbsoluteUri,
            CancelUrl = request.ReturnUrl.AbsoluteUri,
            ClientReferenceId = request.PaymentId.ToString(),
            CustomerEmail = string.IsNullOrWhiteSpace(request.PayerEmail) ? null : request.PayerEmail,
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = new Dictionary<string, string>(metadata) },
            ExpiresAt = expiresAt.UtcDateTime,
        };
    }
}
