using System.Security.Claims;
using Platform.Core.Modularity;
using Platform.Core.Tenancy;
using Platform.PaymentProviders.Sepa.Application;

namespace Platform.PaymentProviders.Sepa;

/// <summary>"Prélèvement" in a parent's menu when one of the family's communes collects invoices by direct debit;
/// "Prélèvements" in the menu of the agents of a régie that collects.</summary>
internal sealed class SepaPages(IFamilyDirectory families, IPlatformFeatures features, CollectionFiles files) : IPageContributions
{
    public async Task<IReadOnlyList<UiLink>> AgentMenuAsync(ClaimsPrincipal agent, CancellationToken cancellationToken) =>
        (await files.ForAgentAsync(agent, cancellationToken)).Count > 0 ? [new UiLink("Prélèvements", "/agent/prelevements", 45)] : [];

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
