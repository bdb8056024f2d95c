using Platform.Core.Modularity;
using Platform.Core.Ordering;

namespace Platform.Modules.Cantine;

/// <summary>What Cantine adds to the host's pages: "Réserver des repas" on a validated cantine service, "Voir mes
/// réservations" after a paid order.</summary>
internal sealed class CantinePages : IPageContributions
{
    public IReadOnlyList<UiLink> ServiceActions(ServiceRef service) =>
        service.ModuleId == CantineModule.ModuleId
            ? [new UiLink("Réserver des repas", $"/reserver?service={service.Id}", CssClass: "button")]
            : [];

    public IReadOnlyList<UiLink> OrderPaidLinks(PaidOrder order) =>
        order.Lines.FirstOrDefault(l => l.ModuleId == CantineModule.ModuleId && l.Date is not null) is { } first
            ? [new UiLink("Voir mes réservations", $"/reservations?mois={first.Date:yyyy-MM}", CssClass: "button")]
            : [];
}
