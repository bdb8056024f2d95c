using System.Security.Claims;
using Platform.Core.Modularity;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;

namespace Platform.Modules.Garderie;

/// <summary>What Garderie adds to the host's pages: "Réserver la garderie" on a validated care service, "Voir mes
/// réservations" after a paid order, the presence sheet in the menu of agents of communes with a garderie.</summary>
internal sealed class GarderiePages(IServiceCatalog catalog) : IPageContributions
{
    public async Task<IReadOnlyList<UiLink>> AgentMenuAsync(ClaimsPrincipal agent, CancellationToken cancellationToken) =>
        (await catalog.ForAgentAsync(agent, GarderieModule.ModuleId, cancellationToken)).Count > 0
            ? [new UiLink("Présences garderie", "/agent/garderie/presences", 30)]
            : [];

    public IReadOnlyList<UiLink> ServiceActions(ServiceRef service) =>
        service.ModuleId == GarderieModule.ModuleId
            ? [new UiLink("Réserver la garderie", $"/reserver?service={service.Id}", CssClass: "button")]
            : [];

    public IReadOnlyList<UiLink> OrderPaidLinks(PaidOrder order) =>
        order.Lines.FirstOrDefault(l => l.ModuleId == GarderieModule.ModuleId && l.Date is not null) is { } first
            ? [new UiLink("Voir mes réservations", $"/reservations?mois={first.Date:yyyy-MM}", CssClass: "button")]
            : [];
}
