using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sandboxes.Stripe;

namespace Platform.PaymentProviders.Stripe.Tests;

/// <summary>Keeps the events the simulation sends instead of posting them, so tests deliver them as they like
/// (twice, late, tampered).</summary>
internal sealed class CapturedWebhooks : IStripeWebhookDelivery
{
    private readonly Lock gate = new();
    private readonly List<StripeWebhook> delivered = [];

    public IReadOnlyList<StripeWebhook> All
    {
        get
        {
            lock (gate)
            {
                return delivered.ToList();
            }
        }
    }

    public Task DeliverAsync(StripeWebhook webhook, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            delivered.Add(webhook);
        }

        return Task.CompletedTask;
    }

    public StripeWebhook Single(string type, string objectId) => Assert.Single(All, w => w.EventType == type && w.ObjectId == objectId);

    public static ProviderCallback AsCallback(StripeWebhook webhook) => AsCallback(webhook.Payload, webhook.SignatureHeader);

    public static ProviderCallback AsCallback(string body, string? signature) => new(
        "POST",
        signature is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Stripe-Signature"] = signature },
        new Dictionary<string, string>(),
        new Dictionary<string, string>(),
        body);
}
