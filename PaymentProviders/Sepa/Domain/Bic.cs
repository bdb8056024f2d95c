using System.Text.RegularExpressions;

namespace Platform.PaymentProviders.Sepa.Domain;

/// <summary>A bank identifier (BIC), 8 or 11 characters, upper-case.</summary>
public sealed partial record Bic
{
    private Bic(string value) => Value = value;

    public string Value { get; }

    /// <summary>Whether it fits the stricter pattern of pain.008.001.02 (element BIC); otherwise that format says
    /// NOTPROVIDED.</summary>
    public bool FitsVersion02 => Version02().IsMatch(Value);

    /// <summary>The BIC (pattern of pain.008.001.08, element BICFI), null for a blank entry, or a French error.</summary>
    public static Bic? Parse(string? text, out string? error)
    {
        var value = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        error = null;
        if (value.Length == 0)
        {
            return null;
        }

        if (Version08().IsMatch(value))
        {
            return new Bic(value);
        }

        error = "Un BIC compte 8 ou 11 lettres et chiffres, par exemple AGRIFRPP ou AGRIFRPP882.";
        return null;
    }

    public static bool MatchesVersion02(string value) => Version02().IsMatch(value);

    public static bool MatchesVersion08(string value) => Version08().IsMatch(value);

    public override string ToString() => Value;

    [GeneratedRegex("^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$")]
    private static partial Regex Version02();

    [GeneratedRegex("^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$")]
    private static partial Regex Version08();
}
