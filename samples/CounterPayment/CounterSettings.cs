using System.Globalization;
using Platform.PaymentProviders.Abstractions;

namespace CounterPayment;

/// <summary>What an agent enters for each régie, and how the provider reads it.</summary>
public static class CounterSettings
{
    public const string SlipFolder = "slipFolder";
    public const string PayWithinDays = "payWithinDays";
    public const string CounterAddress = "counterAddress";

    public static IReadOnlyList<ProviderSettingField> Schema { get; } =
    [
        new(SlipFolder, "Dossier des bordereaux", SettingKind.Text, Required: true,
            Help: "Dossier partagé avec la caisse de la régie : un fichier par bordereau, complété à l'encaissement."),
        new(PayWithinDays, "Délai de paiement (jours)", SettingKind.Text, Required: true,
            Help: "Nombre de jours laissés à la famille pour payer au guichet, de 1 à 99.", Pattern: "[1-9][0-9]?"),
        new(CounterAddress, "Adresse et horaires du guichet", SettingKind.Text, Required: false,
            Help: "Imprimés sur le bordereau, par exemple « Mairie, 1 place de l'Église, lundi et jeudi 9 h – 12 h »."),
    ];

    public static SlipBook BookOf(ProviderSettings settings) => new(settings.Require(SlipFolder));

    public static TimeSpan DelayOf(ProviderSettings settings) =>
        TimeSpan.FromDays(int.Parse(settings.Require(PayWithinDays), CultureInfo.InvariantCulture));
}
