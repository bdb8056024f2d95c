using Platform.PaymentProviders.Abstractions;

namespace Platform.PaymentProviders.Sepa.Settings;

/// <summary>What an agent enters for a régie that collects by direct debit.</summary>
public static class SepaSettings
{
    public const string CreditorName = "creditorName";

    public const string CreditorIdentifier = "ics";

    public const string CreditorIban = "creditorIban";

    public const string CreditorBic = "creditorBic";

    public const string FileFormat = "fileFormat";

    public const string BatchBooking = "batchBooking";

    public const string PreNotificationDays = "preNotificationDays";

    public const int DefaultPreNotificationDays = 14;

    public static readonly IReadOnlyList<ProviderSettingField> Schema =
    [
        new(CreditorName, "Nom du créancier", SettingKind.Text, Required: true,
            Help: "Tel qu'il apparaît sur les relevés des familles (70 caractères au plus).", Pattern: ".{1,70}"),
        new(CreditorIdentifier, "Identifiant créancier SEPA (ICS)", SettingKind.Text, Required: true,
            Help: "Attribué par la Banque de France, par exemple FR72ZZZ123456.", Pattern: "[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{3}[A-Za-z0-9]{1,28}"),
        new(CreditorIban, "IBAN du compte de la régie", SettingKind.Text, Required: true,
            Help: "Le compte crédité des prélèvements, par exemple FR76 3000 6000 0112 3456 7890 189.", Pattern: "[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 ]{11,40}"),
        new(CreditorBic, "BIC de la banque de la régie", SettingKind.Text, Required: false,
            Help: "Facultatif : 8 ou 11 lettres et chiffres.", Pattern: "[A-Za-z0-9]{8}([A-Za-z0-9]{3})?"),
        new(FileFormat, "Format du fichier de prélèvement", SettingKind.Choice, Required: false,
            Help: "pain.008.001.08 par défaut ; pain.008.001.02 si votre banque le demande.",
            Choices: new Dictionary<string, string> { [SepaFileFormats.Version08] = "pain.008.001.08 (recommandé)", [SepaFileFormats.Version02] = "pain.008.001.02" }),
        new(BatchBooking, "Écriture globale par échéance", SettingKind.Choice, Required: false,
            Help: "Oui : une seule ligne par date d'échéance sur le relevé de la régie.",
            Choices: new Dictionary<string, string> { ["true"] = "Oui", ["false"] = "Non" }),
        new(PreNotificationDays, "Délai de pré-notification (jours)", SettingKind.Text, Required: false,
            Help: "Jours calendaires entre l'avis envoyé aux familles et le prélèvement ; 14 par défaut.", Pattern: "[0-9]{1,2}"),
    ];
}
