using System.Security.Cryptography;
using System.Text;

namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>Signs events the way Stripe does: lowercase hex HMAC-SHA256, keyed with the whole whsec_ secret, of
/// "timestamp.payload".</summary>
public static class StripeWebhookSigner
{
    public static string Signature(string payload, string secret, long timestamp) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}")));

    public static string Header(string payload, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds();
        return $"t={timestamp},v1={Signature(payload, secret, timestamp)}";
    }
}
