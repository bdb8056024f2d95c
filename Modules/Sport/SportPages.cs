using System.Security.Claims;
using Platform.Core.Modularity;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;

namespace Platform.Modules.Sport;

/// <summary>What Sport adds to the host's pages: "Réserver des séances" on a validated sport service, "Voir mes
/// réservations" after a paid order, the sessions' rosters in the menu of agents of communes running sport.</summary>
internal sealed class SportPages(IServiceCatalog catalog) : IPageContributions
{
    public async Task<IReadOnlyList<UiLink>> AgentMenuAsync(ClaimsPrincipal agent, CancellationToken cancellationToken) =>
        (await catalog.ForAgentAsync(agent, SportModule.ModuleId, cancellationToken)).Count > 0
            ? [new UiLink("Séances de sport", "/agent/sport/seances", 40)]
            : [];

    public IReadOnlyList<UiLink> ServiceActions(ServiceRef service) =>
        service.ModuleId == SportModule.ModuleId
            ? [new UiLink("Réserver des séances", $"/reserver?service={service.Id}", CssClass: "button")]
            : [];

    public IReadOnlyList<UiLink> OrderPaidLinks(PaidOrder order) =>
        order.Lines.FirstOrDefault(l => l.ModuleId == SportModule.ModuleId && l.Date is not null) is { } first
            ? [new UiLink("Voir mes réservations", $"/reservations?mois={first.Date:yyyy-MM}", CssClass: "button")]
            : [];
}
