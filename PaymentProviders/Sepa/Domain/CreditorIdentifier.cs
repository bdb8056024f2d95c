using System.Text.RegularExpressions;

namespace Platform.PaymentProviders.Sepa.Domain;

/// <summary>The SEPA creditor identifier (ICS in France): country, check digits, business code (skipped by the check),
/// national identifier.</summary>
public sealed partial record CreditorIdentifier
{
    private const int FrenchLength = 13;

    private CreditorIdentifier(string value) => Value = value;

    public string Value { get; }

    public static CreditorIdentifier? Parse(string? text, out string? error)
    {
        var value = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        error = Problem(value);
        return error is null ? new CreditorIdentifier(value) : null;
    }

    public static bool IsValid(string? text) => Parse(text, out _) is not null;

    public override string ToString() => Value;

    private static string? Problem(string value)
    {
        if (!Shape().IsMatch(value))
        {
            return "Un identifiant créancier SEPA (ICS) a la forme FRkkZZZnnnnnn : pays, clé, code activité, identifiant.";
        }

        if (value.StartsWith("FR", StringComparison.Ordinal) && value.Length != FrenchLength)
        {
            return $"Un ICS français compte {FrenchLength} caractères.";
        }

        return Mod97.Remainder(value[7..] + value[..4]) == 1 ? null : "Cet ICS n'est pas valable : vérifiez la clé et les chiffres.";
    }

    [GeneratedRegex("^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$")]
    private static partial Regex Shape();
}
