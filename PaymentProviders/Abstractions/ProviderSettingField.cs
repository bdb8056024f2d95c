using System.Text.RegularExpressions;

namespace Platform.PaymentProviders.Abstractions;

public enum SettingKind
{
    Text,

    /// <summary>Stored encrypted and never shown again once saved (API keys, webhook secrets).</summary>
    Secret,

    /// <summary>One of <see cref="ProviderSettingField.Choices"/>.</summary>
    Choice,
}

/// <summary>One value an agent enters for a régie. Labels and help are French: they are shown as they are.</summary>
/// <param name="Key">Stable key the provider reads ("secretKey", "numcli").</param>
/// <param name="Pattern">A regular expression the whole value must match, checked before saving.</param>
/// <param name="Choices">For <see cref="SettingKind.Choice"/>: value → French label.</param>
public sealed record ProviderSettingField(
    string Key,
    string Label,
    SettingKind Kind,
    bool Required,
    string? Help = null,
    string? Pattern = null,
    IReadOnlyDictionary<string, string>? Choices = null)
{
    /// <summary>A French message when <paramref name="value"/> does not fit this field, null when it does.</summary>
    public string? Check(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Required ? $"« {Label} » est obligatoire." : null;
        }

        if (Kind == SettingKind.Choice && Choices is not null && !Choices.ContainsKey(value.Trim()))
        {
            return $"« {Label} » doit être l'une de ces valeurs : {string.Join(", ", Choices.Keys)}.";
        }

        return Pattern is not null && !Regex.IsMatch(value.Trim(), $"^(?:{Pattern})$", RegexOptions.None, TimeSpan.FromSeconds(1))
            ? $"« {Label} » n'a pas le bon format." + (Help is null ? "" : $" {Help}")
            : null;
    }
}
