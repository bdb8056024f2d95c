namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>A signed event on its way to the platform.</summary>
/// <param name="ObjectId">The id of the event's object (the Checkout Session, the PaymentIntent).</param>
/// <param name="SignatureHeader">The Stripe-Signature header value ("t=…,v1=…").</param>
/// <param name="Endpoint">Where the sandbox posts it: the platform's callback route for the session's régie; null when
/// the session carries no regie_id metadata.</param>
public sealed record StripeWebhook(string EventId, string EventType, string ObjectId, string Payload, string SignatureHeader, Uri? Endpoint);

/// <summary>How events leave the simulation: posted over HTTP by the sandbox, captured by tests.</summary>
public interface IStripeWebhookDelivery
{
    Task DeliverAsync(StripeWebhook webhook, CancellationToken cancellationToken);
}
