using System.Globalization;

namespace Platform.Core.Application;

/// <summary>Money is held in integer euro cents and shown the French way: "3,80 €" (narrow no-break spaces).</summary>
public static class Euros
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Format(long cents) =>
        string.Create(French, $"{cents / 100m:N2}\u202F€").Replace('\u00A0', '\u202F');

    /// <summary>Reads what a person types: "50", "50,00", "3.80", "1 000,5 €". At most two decimals, and no more cents
    /// than a <see cref="long"/> holds.</summary>
    public static bool TryParse(string? text, out long cents)
    {
        cents = 0;
        var cleaned = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '€' and not '\u202F' and not '\u00A0').ToArray()).Replace(',', '.');
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros) || decimal.Round(euros, 2) != euros
            || euros > long.MaxValue / 100m)
        {
            return false;
        }

        cents = (long)(euros * 100);
        return true;
    }
}
