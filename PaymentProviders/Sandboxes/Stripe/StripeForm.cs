using System.Globalization;

namespace Platform.PaymentProviders.Sandboxes.Stripe;

/// <summary>Reads Stripe's form encoding, where nested parameters are flattened with brackets:
/// "metadata[payment_id]", "line_items[0][price_data][unit_amount]".</summary>
internal static class StripeForm
{
    public static IReadOnlyDictionary<string, string> Prefixed(IReadOnlyDictionary<string, string> form, string prefix) =>
        form.Where(field => field.Key.StartsWith(prefix + "[", StringComparison.Ordinal) && field.Key.EndsWith(']'))
            .ToDictionary(field => field.Key[(prefix.Length + 1)..^1], field => field.Value);

    public static string? Text(IReadOnlyDictionary<string, string> form, string key) =>
        form.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    public static long? Number(IReadOnlyDictionary<string, string> form, string key) =>
        Text(form, key) is { } value && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
