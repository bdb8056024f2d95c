using Platform.Core.Modularity;
using Platform.Core.Tenancy;

namespace Platform.PaymentProviders.Sepa;

/// <summary>"Prélèvement" in a parent's menu when one of the family's communes collects invoices by direct debit.</summary>
internal sealed class SepaPages(IFamilyDirectory families, IPlatformFeatures features) : IPageContributions
{
    public async Task<IReadOnlyList<UiLink>> ParentMenuAsync(FamilySummary? family, CancellationToken cancellationToken)
    {
        if (family is null)
        {
            return [];
        }

        foreach (var commune in (await families.ValidatedServicesAsync(family.Id, cancellationToken)).Select(s => s.Commune).Distinct())
        {
            if (await features.IsInvoiceChannelEnabledAsync(commune, SepaPaymentProvider.ProviderId, cancellationToken))
            {
                return [new UiLink("Prélèvement", "/prelevement", 60)];
            }
        }

        return [];
    }
}
