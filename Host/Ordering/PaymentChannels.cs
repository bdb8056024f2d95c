using Microsoft.EntityFrameworkCore;
using Platform.Host.Data;
using Platform.Host.Payments;
using Platform.Host.Tenancy;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Ordering;

/// <summary>A provider ready to be called for one régie.</summary>
public sealed record PaymentChannel(IPaymentProvider Provider, ProviderSettings Settings);

/// <summary>The payment providers an order can be paid with: loaded, enabled for its commune, configured for its régie
/// (or simulated in the demo), and able to pay at once or by redirection (direct debit pays invoices, never a cart).
/// An order whose purpose refuses instant channels (a wallet top-up) is never paid from the wallet; one that pays an
/// invoice takes the commune's invoice channels.</summary>
public sealed class PaymentChannels(PlatformDbContext db, IEnumerable<IPaymentProvider> providers, ProviderSettingsStore settings, OrderPurposes purposes)
{
    public async Task<IReadOnlyList<PaymentChannel>> ForOrderAsync(Order order, CancellationToken cancellationToken)
    {
        var purpose = purposes.For(order.Kind);
        var kind = purpose.PaysInvoices ? FeatureKinds.InvoicePaymentProvider : FeatureKinds.PaymentProvider;
        var enabled = await db.CommuneFeatures.AsNoTracking()
            .Where(f => f.Kind == kind && f.Enabled && db.Communes.Any(c => c.Id == f.CommuneId && c.Slug == order.Commune))
            .Select(f => f.FeatureId)
            .ToListAsync(cancellationToken);
        var wanted = purpose.InstantChannels ? PaymentCapabilities.Instant | PaymentCapabilities.Redirect : PaymentCapabilities.Redirect;
        var channels = new List<PaymentChannel>();
        foreach (var provider in providers.Where(p => enabled.Contains(p.Id) && (p.Capabilities & wanted) != 0).OrderBy(p => p.Capabilities.HasFlag(PaymentCapabilities.Instant) ? 0 : 1))
        {
            if (await settings.ForAsync(provider.Id, order.RegieId, cancellationToken) is { } configured)
            {
                channels.Add(new PaymentChannel(provider, configured));
            }
        }

        return channels;
    }

    /// <summary>The channel of a payment already started: still answered when its commune disabled it since, so an
    /// attempt in flight always completes.</summary>
    public async Task<PaymentChannel?> OfPaymentAsync(string providerId, Guid regieId, CancellationToken cancellationToken) =>
        Find(providerId) is { } provider && await settings.ForAsync(providerId, regieId, cancellationToken) is { } configured
            ? new PaymentChannel(provider, configured)
            : null;

    public IPaymentProvider? Find(string providerId) => providers.FirstOrDefault(p => p.Id == providerId);

    public IEnumerable<IPaymentProvider> All => providers;
}
