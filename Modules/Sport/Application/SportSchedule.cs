using Microsoft.EntityFrameworkCore;
using Platform.Core.Booking;
using Platform.Core.Tenancy;
using Platform.Modules.Sport.Data;

namespace Platform.Modules.Sport.Application;

/// <summary>A sport service's booking and cancellation deadlines (counted from each session's day) and its prices per
/// activity and tariff category.</summary>
public sealed class SportSchedule(IServiceCatalog catalog, SportDbContext db, TimeProvider clock, IEnumerable<ITariffRules> tariffRules)
    : ServiceSchedule(catalog, db, clock, Rules, tariffRules)
{
    private static readonly ScheduleRules Rules = new(
        SportModule.ModuleId, 500_00, "Le prix d'une séance est compris entre 0 et 500 €, en centimes (8 € = 800).");

    protected override Task<bool> HasItemAsync(Guid serviceId, Guid itemId, CancellationToken cancellationToken) =>
        db.Activities.AnyAsync(a => a.Id == itemId && a.ServiceId == serviceId, cancellationToken);

    public async Task<DeadlinesInput> DeadlinesAsync(Guid serviceId, CancellationToken cancellationToken) =>
        await db.Deadlines.AsNoTracking().SingleOrDefaultAsync(d => d.ServiceId == serviceId, cancellationToken) is { } settings
            ? new DeadlinesInput(settings.Booking, settings.Cancellation)
            : new DeadlinesInput(null, null);
}
