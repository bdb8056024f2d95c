using System.Globalization;
using System.Text;

namespace Platform.PaymentProviders.Sepa.Domain;

/// <summary>The SEPA character set (A–Z a–z 0–9 / - ? : ( ) . , ' + and space) and the lengths banks accept.</summary>
public static class SepaText
{
    public const int NameLength = 70;

    public const int RemittanceLength = 140;

    public const int IdentifierLength = 35;

    /// <summary>Accents dropped, ligatures spelt out, any other character replaced by a space, spaces collapsed.</summary>
    public static string Transliterate(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'œ' => "oe",
                'Œ' => "OE",
                'æ' => "ae",
                'Æ' => "AE",
                'ß' => "ss",
                '’' or '‘' => "'",
                _ when IsAllowed(c) => c.ToString(),
                _ => " ",
            });
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Transliterated, then cut to <paramref name="length"/> characters.</summary>
    public static string Limit(string? text, int length) => Cut(Transliterate(text), length);

    public static string Name(string? text) => Limit(text, NameLength);

    public static string Remittance(string? text) => Limit(text, RemittanceLength);

    /// <summary>An identifier (RUM, end-to-end id): no spaces, no leading, trailing or doubled slash.</summary>
    public static string Identifier(string? text)
    {
        var value = Transliterate(text).Replace(" ", "", StringComparison.Ordinal);
        while (value.Contains("//", StringComparison.Ordinal))
        {
            value = value.Replace("//", "/", StringComparison.Ordinal);
        }

        return Cut(value.Trim('/'), IdentifierLength).TrimEnd('/');
    }

    public static bool IsAllowed(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '/' or '-' or '?' or ':' or '(' or ')' or '.' or ',' or '\'' or '+' or ' ';

    public static bool IsValidIdentifier(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= IdentifierLength && value.All(c => IsAllowed(c) && c != ' ')
        && !value.StartsWith('/') && !value.EndsWith('/') && !value.Contains("//", StringComparison.Ordinal);

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length].TrimEnd();
}
