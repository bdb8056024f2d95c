using Platform.Core.Tenancy;

namespace Platform.Host.Payments;

public sealed class RegiePaymentSettings(ProviderSettingsStore store) : IRegiePaymentSettings
{
    public async Task<IReadOnlyDictionary<string, string>?> ForAsync(string providerId, Guid regieId, CancellationToken cancellationToken) =>
        (await store.ForAsync(providerId, regieId, cancellationToken))?.Values;
}
