using System.Text.RegularExpressions;

namespace Platform.PaymentProviders.Sepa.Domain;

/// <summary>A checked IBAN, stored upper-case without spaces.</summary>
public sealed partial record Iban
{
    private Iban(string value) => Value = value;

    public string Value { get; }

    /// <summary>What a parent may see on screen: the country, check digits and the last four characters.</summary>
    public string Masked => $"{Value[..4]} •••• •••• {Value[^4..]}";

    /// <summary>The IBAN, or a French message saying what is wrong with <paramref name="text"/>.</summary>
    public static Iban? Parse(string? text, out string? error)
    {
        var value = Normalise(text);
        error = Problem(value);
        return error is null ? new Iban(value) : null;
    }

    public static bool IsValid(string? text) => Problem(Normalise(text)) is null;

    /// <summary>The stored form (already checked when it was saved).</summary>
    public static Iban FromStored(string value) => Parse(value, out var error) ?? throw new InvalidOperationException(error);

    public override string ToString() => Value;

    private static string Normalise(string? text) => new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();

    private static string? Problem(string value)
    {
        if (value.Length == 0)
        {
            return "Saisissez l'IBAN du compte à débiter.";
        }

        if (!Shape().IsMatch(value))
        {
            return "Un IBAN commence par deux lettres (le pays) suivies de chiffres et de lettres, par exemple FR76 3000 6000 0112 3456 7890 189.";
        }

        if (IbanCountries.LengthOf(value[..2]) is not { } length)
        {
            return "Ce pays n'appartient pas à la zone SEPA : le prélèvement n'est pas possible sur ce compte.";
        }

        if (value.Length != length)
        {
            return $"Un IBAN de ce pays compte {length} caractères : celui-ci en a {value.Length}.";
        }

        if (value.StartsWith("FR", StringComparison.Ordinal) && !French().IsMatch(value))
        {
            return "Cet IBAN français n'a pas la bonne forme : banque, guichet et clé RIB sont des chiffres.";
        }

        return Mod97.Remainder(value[4..] + value[..4]) == 1 ? null : "Cet IBAN n'est pas valable : vérifiez les chiffres.";
    }

    [GeneratedRegex("^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$")]
    private static partial Regex Shape();

    /// <summary>FR, check digits, bank (5 digits), branch (5 digits), account (11 characters), RIB key (2 digits).</summary>
    [GeneratedRegex("^FR[0-9]{2}[0-9]{5}[0-9]{5}[A-Z0-9]{11}[0-9]{2}$")]
    private static partial Regex French();
}
