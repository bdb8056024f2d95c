using System.Globalization;
using System.Numerics;
using System.Text;

namespace Platform.PaymentProviders.PayFip;

/// <summary>The request fields PayFiP constrains (spec §3.3).</summary>
internal static class PayFipFields
{
    private const string Base36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const int ObjetMaxLength = 100;
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The payment id in base 36, 25 characters: PayFiP takes only letters and digits, 6 to 30 of them, so a
    /// GUID's 32 hex digits do not fit, and this keeps every bit of it.</summary>
    public static string Refdet(Guid paymentId)
    {
        var value = new BigInteger(paymentId.ToByteArray(), isUnsigned: true);
        var digits = new StringBuilder();
        while (digits.Length < 25)
        {
            digits.Insert(0, Base36[(int)(value % 36)]);
            value /= 36;
        }

        return digits.ToString();
    }

    /// <summary>Whether a debt reference can be sent as the refdet: 6 to 30 letters and digits.</summary>
    public static bool IsRefdet(string? reference) => reference is { Length: >= 6 and <= 30 } && reference.All(char.IsAsciiLetterOrDigit);

    /// <summary>The accounting year: the current year in Europe/Paris.</summary>
    public static int Exercise(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Paris).Year;

    /// <summary>Only unaccented letters, digits and single spaces, at most 100 characters.</summary>
    public static string Objet(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Replace("œ", "oe").Replace("Œ", "OE").Replace("æ", "ae").Replace("Æ", "AE").Replace("ß", "ss").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var kept = char.IsAsciiLetterOrDigit(c) ? c : ' ';
            if (kept != ' ' || (plain.Length > 0 && plain[^1] != ' '))
            {
                plain.Append(kept);
            }
        }

        var objet = plain.ToString().Trim();
        return objet.Length <= ObjetMaxLength ? objet : objet[..ObjetMaxLength].TrimEnd();
    }
}
