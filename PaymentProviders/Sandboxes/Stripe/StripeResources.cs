using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>The API objects as the simulation keeps them; serialized, they have Stripe's JSON shape (snake_case, unix
/// seconds, expandable ids as strings). Properties marked JsonIgnore are the simulation's own bookkeeping.</summary>
internal static class StripeJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,

        // Only ever written: "required" is for the simulation's own code, and would refuse the JsonIgnore'd bookkeeping.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { type => type.Properties.ToList().ForEach(p => p.IsRequired = false) } },
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);
}

internal sealed record CheckoutLineItem(string Name, long UnitAmount, long Quantity);

internal sealed record CheckoutSession
{
    public required string Id { get; init; }

    public string Object => "checkout.session";

    public string Mode => "payment";

    public bool Livemode => false;

    public required long AmountTotal { get; init; }

    public long AmountSubtotal => AmountTotal;

    public required string Currency { get; init; }

    public string? ClientReferenceId { get; init; }

    public string? CustomerEmail { get; init; }

    public required long Created { get; init; }

    public required long ExpiresAt { get; init; }

    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    public string? PaymentIntent { get; init; }

    public required string PaymentStatus { get; init; }

    public required string Status { get; init; }

    public required string SuccessUrl { get; init; }

    public string? CancelUrl { get; init; }

    public required string Url { get; init; }

    [JsonIgnore]
    public required string Account { get; init; }

    /// <summary>The platform's address, as its API call reached the simulation: webhooks go back there, whoever then
    /// opens the hosted page.</summary>
    [JsonIgnore]
    public required string PublicBase { get; init; }

    [JsonIgnore]
    public required IReadOnlyList<CheckoutLineItem> LineItems { get; init; }

    [JsonIgnore]
    public required IReadOnlyDictionary<string, string> PaymentIntentMetadata { get; init; }
}

internal sealed record PaymentIntent
{
    public required string Id { get; init; }

    public string Object => "payment_intent";

    public bool Livemode => false;

    public required long Amount { get; init; }

    public long AmountReceived { get; init; }

    public required string Currency { get; init; }

    public required string Status { get; init; }

    public required long Created { get; init; }

    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    public ApiError? LastPaymentError { get; init; }

    [JsonIgnore]
    public required string Account { get; init; }
}

internal sealed record Refund
{
    public required string Id { get; init; }

    public string Object => "refund";

    public required long Amount { get; init; }

    public required string Currency { get; init; }

    public required string PaymentIntent { get; init; }

    public required string Status { get; init; }

    public string? Reason { get; init; }

    public required long Created { get; init; }

    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    [JsonIgnore]
    public required string Account { get; init; }
}

internal sealed record StripeEvent(string Id, string ApiVersion, long Created, string Type, StripeEventData Data)
{
    public string Object => "event";

    public bool Livemode => false;

    public int PendingWebhooks => 1;
}

internal sealed record StripeEventData(object Object);

/// <summary>Stripe's error body: {"error": {"type", "code", "message", "param"}}.</summary>
internal sealed record ApiError(string Type, string Message, string? Code = null, string? Param = null, string? DeclineCode = null);

internal sealed record ApiErrorEnvelope(ApiError Error);
