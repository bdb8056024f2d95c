using System.Text.RegularExpressions;
using Platform.PaymentProviders.Abstractions;

namespace Platform.PaymentProviders.PayFip;

/// <summary>Reads the idOp PayFiP notifies (<c>idOp</c>, or <c>idop</c> on the browser return), from the query or the form.</summary>
internal static partial class PayFipNotification
{
    public static string? IdOp(ProviderCallback callback) =>
        new[] { callback.Query, callback.Form }
            .SelectMany(fields => fields)
            .Where(field => string.Equals(field.Key, "idOp", StringComparison.OrdinalIgnoreCase))
            .Select(field => field.Value.Trim())
            .FirstOrDefault(value => IdOpShape().IsMatch(value));

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex IdOpShape();
}
