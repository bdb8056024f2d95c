namespace Platform.PaymentProviders.Sepa.Domain;

/// <summary>IBAN lengths of the countries and territories of the SEPA scheme (French overseas territories that have a
/// code of their own use the French length).</summary>
internal static class IbanCountries
{
    private static readonly Dictionary<string, int> Lengths = new(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22,
        ["DK"] = 18, ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FR"] = 27, ["GB"] = 22, ["GI"] = 23, ["GR"] = 27,
        ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IS"] = 26, ["IT"] = 27, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20,
        ["LV"] = 21, ["MC"] = 27, ["MT"] = 31, ["NL"] = 18, ["NO"] = 15, ["PL"] = 28, ["PT"] = 25, ["RO"] = 24,
        ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["VA"] = 22,
        ["GF"] = 27, ["GP"] = 27, ["MQ"] = 27, ["RE"] = 27, ["YT"] = 27, ["PM"] = 27, ["BL"] = 27, ["MF"] = 27,
    };

    public static int? LengthOf(string country) => Lengths.TryGetValue(country, out var length) ? length : null;
}
