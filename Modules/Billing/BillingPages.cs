using System.Security.Claims;
using Platform.Core.Application;
using Platform.Core.Modularity;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Application;
using Platform.Modules.Billing.Tariffs;

namespace Platform.Modules.Billing;

/// <summary>What Billing adds to the host's pages: what the family still owes in its menu (once it has an invoice), the
/// absences page when one of its services credits them, the quotient familial page while one of its services prices by
/// it and the family has no quotient valid today nor one waiting; the invoicing and quotient pages in the menu of
/// agents of a régie.</summary>
internal sealed class BillingPages(FamilyInvoices invoices, RegieInvoices regies, BillingTariffRules tariffs, QuotientDeclarations quotients, IFamilyDirectory families)
    : IPageContributions
{
    public async Task<IReadOnlyList<UiLink>> ParentMenuAsync(FamilySummary? family, CancellationToken cancellationToken)
    {
        if (family is null)
        {
            return [];
        }

        var links = new List<UiLink>();
        if (await invoices.DueAsync(family.Id, cancellationToken) is { } due)
        {
            links.Add(new UiLink($"Restant dû : {Euros.Format(due)}", "/factures", 45, "due-balance"));
        }

        var services = await families.ValidatedServicesAsync(family.Id, cancellationToken);
        if (services.Count > 0)
        {
            var (byQuotient, creditsAbsences) = await tariffs.UsedByAsync(services.Select(s => s.Id).ToList(), cancellationToken);
            if (creditsAbsences)
            {
                links.Add(new UiLink("Absences", "/absences", 44));
            }

            if (byQuotient && await quotients.NeedsDeclarationAsync(family.Id, cancellationToken))
            {
                links.Add(new UiLink("Quotient familial", "/quotient-familial", 46));
            }
        }

        return links;
    }

    public async Task<IReadOnlyList<UiLink>> AgentMenuAsync(ClaimsPrincipal agent, CancellationToken cancellationToken) =>
        (await regies.ForAgentAsync(agent, cancellationToken)).Count > 0
            ? [new UiLink("Facturation", "/agent/facturation", 40), new UiLink("Quotients familiaux", "/agent/quotients", 41)]
            : [];

    public IReadOnlyList<UiLink> OrderPaidLinks(PaidOrder order) =>
        order.Lines.Any(l => l.ModuleId == BillingModule.ModuleId) ? [new UiLink("Voir mes factures", "/factures", CssClass: "button")] : [];
}
