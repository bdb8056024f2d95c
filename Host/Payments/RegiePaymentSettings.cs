using Platform.Core.Tenancy;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Payments;

/// <summary>Plugins read a régie's settings for their pages, never its secrets (API keys, webhook secrets): those only
/// reach the provider itself, in its calls.</summary>
public sealed class RegiePaymentSettings(ProviderSettingsStore store, IEnumerable<IPaymentProvider> providers) : IRegiePaymentSettings
{
    public async Task<IReadOnlyDictionary<string, string>?> ForAsync(string providerId, Guid regieId, CancellationToken cancellationToken)
    {
        if (await store.ForAsync(providerId, regieId, cancellationToken) is not { } settings
            || providers.FirstOrDefault(p => p.Id == providerId) is not { } provider)
        {
            return null;
        }

        var secrets = provider.SettingsSchema.Where(f => f.Kind == SettingKind.Secret).Select(f => f.Key).ToHashSet();
        return settings.Values.Where(v => !secrets.Contains(v.Key)).ToDictionary(v => v.Key, v => v.Value);
    }
}
