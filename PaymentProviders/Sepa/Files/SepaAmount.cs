using System.Globalization;

namespace Platform.PaymentProviders.Sepa.Files;

/// <summary>Euro cents written as the XML decimal banks expect: exactly two decimals, a dot ("12.50").</summary>
internal static class SepaAmount
{
    public static string Format(long cents) =>
        string.Create(CultureInfo.InvariantCulture, $"{cents / 100}.{cents % 100:00}");

    public static long ParseCents(string text) =>
        decimal.ToInt64(decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * 100);
}
