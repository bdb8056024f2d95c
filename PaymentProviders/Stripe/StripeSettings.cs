using Platform.PaymentProviders.Abstractions;
using Stripe;

namespace Platform.PaymentProviders.Stripe;

/// <summary>What an agent enters for a régie's Stripe account, and the API client built from it for each call.</summary>
internal static class StripeSettings
{
    public const string SecretKey = "secretKey";
    public const string WebhookSecret = "webhookSecret";
    public const string ApiBase = "apiBase";

    public static readonly IReadOnlyList<ProviderSettingField> Schema =
    [
        new(SecretKey, "Clé secrète Stripe", SettingKind.Secret, Required: true,
            Help: "Dans le tableau de bord Stripe, Développeurs › Clés API : elle commence par sk_live_ (ou sk_test_ pour les essais).",
            Pattern: "sk_(test|live)_[A-Za-z0-9_]+"),
        new(WebhookSecret, "Secret de signature du webhook", SettingKind.Secret, Required: true,
            Help: "Dans Développeurs › Webhooks, le secret de l'endpoint qui pointe vers le portail : il commence par whsec_.",
            Pattern: "whsec_[A-Za-z0-9_]+"),
        new(ApiBase, "Adresse de l'API", SettingKind.Text, Required: false,
            Help: "Laisser vide pour Stripe ; sert seulement à viser une simulation.",
            Pattern: "https?://\\S+"),
    ];

    /// <summary>A client for this régie's account. Cheap: Stripe.net shares one HttpClient between clients.</summary>
    public static StripeClient Client(ProviderSettings settings)
    {
        var options = new StripeClientOptions { ApiKey = settings.Require(SecretKey) };
        if (settings.Get(ApiBase) is { } apiBase)
        {
            options.ApiBase = apiBase.TrimEnd('/');
        }

        return new StripeClient(options);
    }

    /// <summary>In Production only a live key on Stripe's own API: a test key would turn test-card payments into paid
    /// orders.</summary>
    public static IReadOnlyList<string> Check(ProviderSettings settings, bool production)
    {
        if (!production)
        {
            return [];
        }

        var problems = new List<string>();
        if (settings.Get(SecretKey) is { } key && !key.StartsWith("sk_live_", StringComparison.Ordinal))
        {
            problems.Add("En production, la clé secrète doit être une clé live (sk_live_…) : une clé de test ne prend aucun vrai paiement.");
        }

        if (settings.Get(ApiBase) is { } apiBase && !string.Equals(apiBase.TrimEnd('/'), "https://api.stripe.com", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("En production, l'adresse de l'API reste vide : les paiements passent par Stripe lui-même.");
        }

        return problems;
    }

    /// <summary>Whether the key is a live one; Stripe marks each event with the mode of the key that caused it.</summary>
    public static bool IsLive(ProviderSettings settings) => settings.Require(SecretKey).StartsWith("sk_live_", StringComparison.Ordinal);
}
