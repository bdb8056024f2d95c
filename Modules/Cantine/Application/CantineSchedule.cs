using Platform.Core.Booking;
using Platform.Core.Tenancy;
using Platform.Modules.Cantine.Data;

namespace Platform.Modules.Cantine.Application;

/// <summary>A cantine service's periods, closures, meal prices and deadlines, and the month calendar parents book from.</summary>
public sealed class CantineSchedule(IServiceCatalog catalog, CantineDbContext db, TimeProvider clock, IEnumerable<ITariffRules> tariffRules)
    : ServiceSchedule(catalog, db, clock, Rules, tariffRules)
{
    private static readonly ScheduleRules Rules = new(
        CantineModule.ModuleId, 100_00, "Le prix d'un repas est compris entre 0 et 100 €, en centimes (3,80 € = 380).");
}
