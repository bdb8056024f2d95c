using Platform.Core.Modularity;
using Platform.Core.Ordering;

namespace Platform.Modules.Garderie;

/// <summary>What Garderie adds to the host's pages: "Réserver la garderie" on a validated care service, "Voir mes
/// réservations" after a paid order.</summary>
internal sealed class GarderiePages : IPageContributions
{
    public IReadOnlyList<UiLink> ServiceActions(ServiceRef service) =>
        service.ModuleId == GarderieModule.ModuleId
            ? [new UiLink("Réserver la garderie", $"/reserver?service={service.Id}", CssClass: "button")]
            : [];

    public IReadOnlyList<UiLink> OrderPaidLinks(PaidOrder order) =>
        order.Lines.FirstOrDefault(l => l.ModuleId == GarderieModule.ModuleId && l.Date is not null) is { } first
            ? [new UiLink("Voir mes réservations", $"/reservations?mois={first.Date:yyyy-MM}", CssClass: "button")]
            : [];
}
