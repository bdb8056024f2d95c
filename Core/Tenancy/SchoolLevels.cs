using System.Globalization;
using System.Text;

namespace Platform.Core.Tenancy;

/// <summary>The French school levels in order, from the toute petite section to the terminale, read from the class a
/// parent typed for a child ("CE1", "ce 1", "CM2 – Mme Durand", "6ème"). Platform API 1.4.</summary>
public static class SchoolLevels
{
    /// <summary>Codes in school order.</summary>
    public static readonly IReadOnlyList<string> Codes =
        ["TPS", "PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2", "6e", "5e", "4e", "3e", "2de", "1re", "Tle"];

    private static readonly Dictionary<string, int> Spellings = new(StringComparer.Ordinal)
    {
        ["tps"] = 0, ["toutepetitesection"] = 0, ["ps"] = 1, ["petitesection"] = 1, ["ms"] = 2, ["moyennesection"] = 2, ["gs"] = 3, ["grandesection"] = 3,
        ["cp"] = 4, ["ce1"] = 5, ["ce2"] = 6, ["cm1"] = 7, ["cm2"] = 8,
        ["6e"] = 9, ["6eme"] = 9, ["sixieme"] = 9, ["5e"] = 10, ["5eme"] = 10, ["cinquieme"] = 10,
        ["4e"] = 11, ["4eme"] = 11, ["quatrieme"] = 11, ["3e"] = 12, ["3eme"] = 12, ["troisieme"] = 12,
        ["2de"] = 13, ["2nde"] = 13, ["seconde"] = 13, ["1re"] = 14, ["1ere"] = 14, ["premiere"] = 14, ["tle"] = 15, ["terminale"] = 15,
    };

    /// <summary>The level's rank in <see cref="Codes"/>, or null when the text names no level.</summary>
    public static int? Rank(string? schoolClass)
    {
        var words = Simplify(schoolClass ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            // "CE 1", "petite section", "toute petite section": a level may be typed in two or three words.
            if (i + 2 < words.Length && Spellings.TryGetValue(words[i] + words[i + 1] + words[i + 2], out var three))
            {
                return three;
            }

            if (i + 1 < words.Length && Spellings.TryGetValue(words[i] + words[i + 1], out var two))
            {
                return two;
            }

            if (Spellings.TryGetValue(words[i], out var rank))
            {
                return rank;
            }
        }

        return null;
    }

    /// <summary>The code of the level a text names, or null.</summary>
    public static string? Normalise(string? schoolClass) => Rank(schoolClass) is { } rank ? Codes[rank] : null;

    /// <summary>"de CP à CE2", "à partir de CM1", "jusqu'à GS"; null when neither end names a level.</summary>
    public static string? Range(string? from, string? to) => (Normalise(from), Normalise(to)) switch
    {
        ({ } a, { } b) when a == b => $"de {a}",
        ({ } a, { } b) => $"de {a} à {b}",
        ({ } a, null) => $"à partir de {a}",
        (null, { } b) => $"jusqu'à {b}",
        _ => null,
    };

    /// <summary>Whether a child's class is within the range; a child whose class names no level is not.</summary>
    public static bool Within(string? schoolClass, string? from, string? to) =>
        Rank(schoolClass) is { } rank && (Rank(from) is not { } low || rank >= low) && (Rank(to) is not { } high || rank <= high);

    /// <summary>Lower case, without accents or punctuation.</summary>
    private static string Simplify(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return plain.ToString();
    }
}
