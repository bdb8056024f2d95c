using System.Security.Cryptography;
using System.Text;

namespace Platform.PaymentProviders.Stripe;

internal enum SignatureCheck
{
    Valid,
    Missing,
    Malformed,
    Mismatch,
    Stale,
}

/// <summary>Checks a Stripe-Signature header ("t=…,v1=…[,v1=…]") against the raw body: HMAC-SHA256 keyed with the
/// whole whsec_ secret over "t.body"; any v1 may match (several during a secret rotation).</summary>
internal static class StripeSignature
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(300);

    public static SignatureCheck Check(string body, string? header, string secret, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return SignatureCheck.Missing;
        }

        string? timestamp = null;
        var candidates = new List<string>();
        foreach (var item in header.Split(','))
        {
            var pair = item.Split('=', 2);
            if (pair.Length != 2)
            {
                continue;
            }

            switch (pair[0].Trim())
            {
                case "t":
                    timestamp = pair[1].Trim();
                    break;
                case "v1":
                    candidates.Add(pair[1].Trim());
                    break;
            }
        }

        if (!long.TryParse(timestamp, out var seconds) || candidates.Count == 0)
        {
            return SignatureCheck.Malformed;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        if (!candidates.Any(candidate => Matches(expected, candidate)))
        {
            return SignatureCheck.Mismatch;
        }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return age.Duration() <= Tolerance ? SignatureCheck.Valid : SignatureCheck.Stale;
    }

    private static bool Matches(byte[] expected, string candidate)
    {
        try
        {
            return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(candidate));
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
