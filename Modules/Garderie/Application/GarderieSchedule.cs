using Microsoft.EntityFrameworkCore;
using Platform.Core.Booking;
using Platform.Core.Tenancy;
using Platform.Modules.Garderie.Data;

namespace Platform.Modules.Garderie.Application;

/// <summary>A care service's periods, closures, deadlines and prices per slot and tariff category.</summary>
public sealed class GarderieSchedule(IServiceCatalog catalog, GarderieDbContext db, TimeProvider clock, IEnumerable<ITariffRules> tariffRules)
    : ServiceSchedule(catalog, db, clock, Rules, tariffRules)
{
    private static readonly ScheduleRules Rules = new(
        GarderieModule.ModuleId, 200_00, "Le prix d'un créneau est compris entre 0 et 200 €, en centimes (1,50 € = 150).");

    protected override Task<bool> HasItemAsync(Guid serviceId, Guid itemId, CancellationToken cancellationToken) =>
        db.Slots.AnyAsync(s => s.Id == itemId && s.ServiceId == serviceId, cancellationToken);
}
