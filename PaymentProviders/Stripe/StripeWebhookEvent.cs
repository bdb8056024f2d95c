using System.Text.Json;

namespace Platform.PaymentProviders.Stripe;

/// <summary>The few fields of a Stripe event the provider reads; the object itself is read again from the API.</summary>
internal sealed record StripeWebhookEvent(string Id, string Type, bool Livemode, string? ObjectId)
{
    public const string SessionCompleted = "checkout.session.completed";
    public const string SessionAsyncPaymentSucceeded = "checkout.session.async_payment_succeeded";
    public const string SessionAsyncPaymentFailed = "checkout.session.async_payment_failed";
    public const string SessionExpired = "checkout.session.expired";

    public bool IsAboutACheckoutSession =>
        Type is SessionCompleted or SessionAsyncPaymentSucceeded or SessionAsyncPaymentFailed or SessionExpired && ObjectId is not null;

    public static StripeWebhookEvent? TryParse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || Text(root, "id") is not { } id
                || Text(root, "type") is not { } type
                || !root.TryGetProperty("livemode", out var livemode)
                || livemode.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return null;
            }

            var objectId = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("object", out var target) && target.ValueKind == JsonValueKind.Object
                    ? Text(target, "id")
                    : null;
            return new StripeWebhookEvent(id, type, livemode.GetBoolean(), objectId);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
