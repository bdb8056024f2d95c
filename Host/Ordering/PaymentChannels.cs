using Microsoft.EntityFrameworkCore;
using Platform.Host.Data;
using Platform.Host.Tenancy;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Ordering;

/// <summary>The payment providers a commune offers at checkout: loaded, enabled for the commune, and able to pay at
/// once or by redirection (direct debit pays invoices, never a cart).</summary>
public sealed class PaymentChannels(PlatformDbContext db, IEnumerable<IPaymentProvider> providers)
{
    public async Task<IReadOnlyList<IPaymentProvider>> ForCommuneAsync(string commune, CancellationToken cancellationToken)
    {
        var enabled = await db.CommuneFeatures.AsNoTracking()
            .Where(f => f.Kind == FeatureKinds.PaymentProvider && f.Enabled && db.Communes.Any(c => c.Id == f.CommuneId && c.Slug == commune))
            .Select(f => f.FeatureId)
            .ToListAsync(cancellationToken);
        return providers
            .Where(p => enabled.Contains(p.Id) && (p.Capabilities & (PaymentCapabilities.Instant | PaymentCapabilities.Redirect)) != 0)
            .OrderBy(p => (p.Capabilities & PaymentCapabilities.Instant) != 0 ? 0 : 1)
            .ToList();
    }

    public IPaymentProvider? Find(string providerId) => providers.FirstOrDefault(p => p.Id == providerId);
}
