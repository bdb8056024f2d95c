namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>One request the simulation received, as tests inspect it (Form holds the decoded form fields, with
/// Stripe's bracket notation kept in the names: "metadata[payment_id]").</summary>
public sealed record FakeStripeRequest(string Method, string Path, string? ApiKey, string? IdempotencyKey, IReadOnlyDictionary<string, string> Form);
