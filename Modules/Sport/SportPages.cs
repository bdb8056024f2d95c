using Platform.Core.Modularity;
using Platform.Core.Ordering;

namespace Platform.Modules.Sport;

/// <summary>What Sport adds to the host's pages: "Réserver des séances" on a validated sport service, "Voir mes
/// réservations" after a paid order.</summary>
internal sealed class SportPages : IPageContributions
{
    public IReadOnlyList<UiLink> ServiceActions(ServiceRef service) =>
        service.ModuleId == SportModule.ModuleId
            ? [new UiLink("Réserver des séances", $"/reserver?service={service.Id}", CssClass: "button")]
            : [];

    public IReadOnlyList<UiLink> OrderPaidLinks(PaidOrder order) =>
        order.Lines.FirstOrDefault(l => l.ModuleId == SportModule.ModuleId && l.Date is not null) is { } first
            ? [new UiLink("Voir mes réservations", $"/reservations?mois={first.Date:yyyy-MM}", CssClass: "button")]
            : [];
}
