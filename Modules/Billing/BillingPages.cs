using System.Security.Claims;
using Platform.Core.Application;
using Platform.Core.Modularity;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Application;

namespace Platform.Modules.Billing;

/// <summary>What Billing adds to the host's pages: what the family still owes in its menu (once it has an invoice), the
/// invoicing page in the menu of agents of a régie that invoices.</summary>
internal sealed class BillingPages(FamilyInvoices invoices, RegieInvoices regies) : IPageContributions
{
    public async Task<IReadOnlyList<UiLink>> ParentMenuAsync(FamilySummary? family, CancellationToken cancellationToken)
    {
        if (family is null || await invoices.DueAsync(family.Id, cancellationToken) is not { } due)
        {
            return [];
        }

        return [new UiLink($"Restant dû : {Euros.Format(due)}", "/factures", 45, "due-balance")];
    }

    public async Task<IReadOnlyList<UiLink>> AgentMenuAsync(ClaimsPrincipal agent, CancellationToken cancellationToken) =>
        (await regies.ForAgentAsync(agent, cancellationToken)).Count > 0 ? [new UiLink("Facturation", "/agent/facturation", 40)] : [];

    public IReadOnlyList<UiLink> OrderPaidLinks(PaidOrder order) =>
        order.Lines.Any(l => l.ModuleId == BillingModule.ModuleId) ? [new UiLink("Voir mes factures", "/factures", CssClass: "button")] : [];
}
