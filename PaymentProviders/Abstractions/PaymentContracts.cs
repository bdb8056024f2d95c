namespace Platform.PaymentProviders.Abstractions;

/// <summary>What a provider can do; drives which screens and flows offer it.</summary>
[Flags]
public enum PaymentCapabilities
{
    None = 0,

    /// <summary>Pays at once, without leaving the portal (wallet).</summary>
    Instant = 1,

    /// <summary>Sends the payer to the provider's page and learns the result asynchronously (card gateway, PayFiP).</summary>
    Redirect = 2,

    Refund = 4,

    PartialRefund = 8,

    /// <summary>Collects invoices later by direct debit (SEPA); never offered at checkout.</summary>
    DirectDebit = 16,

    /// <summary>Can pay an invoice (a debt) rather than a cart.</summary>
    InvoicePayment = 32,
}

/// <summary>One payment attempt, as the platform asks a provider to collect it. Amounts are euro cents.</summary>
/// <param name="PayerId">The paying family.</param>
/// <param name="Portions">How the amount splits by service (a wallet uses credits scoped to each service first).</param>
public sealed record PaymentRequest(
    Guid PaymentId,
    string Commune,
    Guid RegieId,
    Guid PayerId,
    long AmountCents,
    string Currency,
    string Reference,
    string Description,
    string PayerEmail,
    IReadOnlyList<PaymentPortion> Portions,
    Uri ReturnUrl,
    Uri CallbackUrl,
    string IdempotencyKey,
    DateTimeOffset ExpiresAt)
{
    /// <summary>The debt it pays, when it pays an invoice ("F202700042"): letters and digits, 6 to 30. PayFiP sends
    /// it as the refdet the public accountant matches; null for an order.</summary>
    public string? DebtReference { get; init; }
}

public sealed record PaymentPortion(Guid ServiceId, long Cents);

/// <summary>How a payment starts.</summary>
public abstract record PaymentStart
{
    /// <summary>Paid at once (wallet).</summary>
    public sealed record Completed(string ProviderReference) : PaymentStart;

    /// <summary>Send the payer to <paramref name="Url"/>; the result comes by callback or status query.</summary>
    /// <param name="ExpiresAt">When the provider's page stops taking payment, if later than asked (a Stripe Checkout
    /// session lives at least 30 minutes): the host keeps the order open until then.</param>
    public sealed record RedirectTo(Uri Url, string ProviderReference, DateTimeOffset? ExpiresAt = null) : PaymentStart;

    /// <summary>Accepted for later collection (a direct debit put in the next file): the payment is processing.</summary>
    public sealed record Accepted(string ProviderReference) : PaymentStart;

    /// <summary>Refused before anything was taken (insufficient wallet balance, provider down); the message is French.</summary>
    public sealed record Refused(string Message) : PaymentStart;
}

/// <summary>A neutral copy of the provider's HTTP notification: providers never see HttpContext.</summary>
public sealed record ProviderCallback(
    string Method,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Form,
    string Body);

/// <summary>What the provider says about a payment, from verified data only (signed webhook, server-to-server query).</summary>
/// <param name="EventId">Unique per provider event, so a replayed notification is applied once.</param>
public sealed record PaymentOutcome(string ProviderReference, PaymentState State, long? AmountCents, string EventId);

public sealed record RefundRequest(Guid PaymentId, Guid PayerId, string ProviderReference, long Cents, string Reference, string Reason);

public sealed record RefundOutcome(bool Succeeded, string? Message);

/// <summary>The settings an agent entered for one régie (keys, client numbers); empty for providers that need none.</summary>
/// <param name="IsSandbox">The values point at a local simulation (demo, developer machine), not at the real provider.</param>
public sealed record ProviderSettings(IReadOnlyDictionary<string, string> Values, bool IsSandbox = false)
{
    public static readonly ProviderSettings None = new(new Dictionary<string, string>());

    /// <summary>The value of <paramref name="key"/>, or null when absent or blank.</summary>
    public string? Get(string key) => Values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string Require(string key) => Get(key) ?? throw new InvalidOperationException($"The payment setting '{key}' is missing.");
}
