using Platform.PaymentProviders.Abstractions;

namespace Platform.PaymentProviders.PayFip;

/// <summary>What a régie's agent enters for PayFiP, read from the stored settings.</summary>
/// <param name="BaseUrl">The service root, always ending with "/".</param>
internal sealed record PayFipSettings(string Numcli, string Saisie, Uri BaseUrl)
{
    public const string NumcliKey = "numcli";
    public const string SaisieKey = "saisie";
    public const string BaseUrlKey = "baseUrl";
    public const string Production = "W";
    public const string DefaultBaseUrl = "https://www.payfip.gouv.fr";

    public static readonly IReadOnlyList<ProviderSettingField> Schema =
    [
        new(NumcliKey, "Numéro client PayFiP (numcli)", SettingKind.Text, Required: true,
            Help: "Les 6 chiffres donnés par la DGFiP avec la convention PayFiP.", Pattern: "[0-9]{6}"),
        new(SaisieKey, "Mode PayFiP", SettingKind.Choice, Required: true,
            Help: "« Test » tant que la DGFiP n'a pas ouvert le service, puis « Activation », puis « Production ».",
            Choices: new Dictionary<string, string> { ["T"] = "Test", ["X"] = "Activation", [Production] = "Production" }),
        new(BaseUrlKey, "Adresse du service PayFiP", SettingKind.Text, Required: false,
            Help: $"Laisser vide pour {DefaultBaseUrl}.", Pattern: @"https?://\S+"),
    ];

    /// <summary>In Production, never the test mode (its payments take no money) nor another service than the DGFiP's.</summary>
    public static IReadOnlyList<string> Check(ProviderSettings settings, bool production)
    {
        if (!production)
        {
            return [];
        }

        var problems = new List<string>();
        if (settings.Get(SaisieKey) == "T")
        {
            problems.Add("En production, le mode PayFiP « Test » est refusé : ses paiements ne prennent aucun argent. Choisissez « Activation » ou « Production ».");
        }

        if (settings.Get(BaseUrlKey) is { } baseUrl && !baseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("En production, l'adresse du service PayFiP reste vide, ou commence par https://.");
        }

        return problems;
    }

    public static PayFipSettings From(ProviderSettings settings)
    {
        var baseUrl = (settings.Get(BaseUrlKey) ?? DefaultBaseUrl).TrimEnd('/') + "/";
        return new PayFipSettings(settings.Require(NumcliKey), settings.Require(SaisieKey), new Uri(baseUrl, UriKind.Absolute));
    }

    public Uri ServiceUrl => new(BaseUrl, "tpa/services/securite");

    public Uri PaymentPage(string idOp) => new(BaseUrl, $"tpa/paiementws.web?idop={Uri.EscapeDataString(idOp)}");
}
