using Platform.Host.Data;
using Platform.Host.Plugins;

namespace Platform.Host.Tenancy;

public static class FeatureKinds
{
    public const string Module = "module";
    /// <summary>A channel offered at checkout (immediate payment).</summary>
    public const string PaymentProvider = "paymentProvider";

    /// <summary>A channel offered to pay invoices (SEPA direct debit, PayFiP, card).</summary>
    public const string InvoicePaymentProvider = "invoiceProvider";
}

/// <summary>A service exists for families and agents only while its module is loaded and enabled for its commune.</summary>
public sealed class VisibleServices(PlatformDbContext db, LoadedPlugins modules)
{
    public IQueryable<Service> Query()
    {
        var loaded = modules.All.Select(m => m.Manifest.Id).ToList();
        return db.Services.Where(s => loaded.Contains(s.ModuleId)
            && db.CommuneFeatures.Any(f => f.CommuneId == s.CommuneId && f.Kind == FeatureKinds.Module
                                           && f.FeatureId == s.ModuleId && f.Enabled));
    }
}
