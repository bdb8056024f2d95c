using System.Globalization;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sepa.Domain;

namespace Platform.PaymentProviders.Sepa.Settings;

/// <summary>A régie's SEPA settings, read and fully checked (checksums included).</summary>
public sealed record CreditorSettings(
    Creditor Creditor,
    Iban Iban,
    Bic? Bic,
    SepaFileFormat Format,
    bool BatchBooking,
    int PreNotificationDays)
{
    /// <summary>The settings, or the French problems an agent must fix in the régie's settings.</summary>
    public static CreditorSettings? Read(ProviderSettings settings, out IReadOnlyList<string> errors)
    {
        var problems = SepaSettings.Schema.Select(f => f.Check(settings.Get(f.Key))).OfType<string>().ToList();
        var name = SepaText.Name(settings.Get(SepaSettings.CreditorName));
        var ics = Domain.CreditorIdentifier.Parse(settings.Get(SepaSettings.CreditorIdentifier), out var icsError);
        var iban = Domain.Iban.Parse(settings.Get(SepaSettings.CreditorIban), out var ibanError);
        var bic = Domain.Bic.Parse(settings.Get(SepaSettings.CreditorBic), out var bicError);
        problems.AddRange(new[] { icsError, ibanError, bicError }.OfType<string>());
        if (name.Length == 0)
        {
            problems.Add("Le nom du créancier ne contient aucun caractère accepté par les banques.");
        }

        errors = problems.Distinct().ToList();
        if (errors.Count > 0)
        {
            return null;
        }

        var days = settings.Get(SepaSettings.PreNotificationDays) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : SepaSettings.DefaultPreNotificationDays;
        var format = settings.Get(SepaSettings.FileFormat) == SepaFileFormats.Version02 ? SepaFileFormat.Pain00800102 : SepaFileFormat.Pain00800108;
        var batch = settings.Get(SepaSettings.BatchBooking) != "false";
        return new CreditorSettings(new Creditor(name, ics!), iban!, bic, format, batch, days);
    }
}
