using Platform.Core.Modularity;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;

namespace Platform.Modules.Cantine;

/// <summary>What Cantine adds to the host's pages: "Mes réservations" in the menu, "Réserver des repas" on a validated
/// cantine service.</summary>
internal sealed class CantinePages : IPageContributions
{
    public Task<IReadOnlyList<UiLink>> ParentMenuAsync(FamilySummary? family, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UiLink>>([new UiLink("Mes réservations", "/reservations", 30)]);

    public IReadOnlyList<UiLink> ServiceActions(ServiceRef service) =>
        service.ModuleId == CantineModule.ModuleId
            ? [new UiLink("Réserver des repas", $"/{service.Commune}/cantine/{service.Id}/reserver", CssClass: "button")]
            : [];

    public IReadOnlyList<UiLink> OrderPaidLinks(PaidOrder order) =>
        order.Lines.FirstOrDefault(l => l.ModuleId == CantineModule.ModuleId && l.Date is not null) is { } first
            ? [new UiLink("Voir mes réservations", $"/reservations?mois={first.Date:yyyy-MM}", CssClass: "button")]
            : [];
}
