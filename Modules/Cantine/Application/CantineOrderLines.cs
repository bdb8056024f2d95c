using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Ordering;
using Platform.Modules.Cantine.Data;
using Platform.Core.Booking;

namespace Platform.Modules.Cantine.Application;

/// <summary>Holds, confirms and releases the meals of an order for the host's checkout and payment. Idempotent.</summary>
public sealed class CantineOrderLines(CantineDbContext db, CantineSchedule schedule, TimeProvider clock) : IOrderLineHandler
{
    public string ModuleId => CantineModule.ModuleId;

    public async Task<AppResult<bool>> HoldAsync(OrderHold hold, CancellationToken cancellationToken)
    {
        if (await db.Bookings.AnyAsync(b => b.OrderId == hold.OrderId, cancellationToken))
        {
            return AppResult<bool>.Ok(true);
        }

        var errors = await CheckDatesAsync(hold.Lines.Select(l => (l.ServiceId, l.Date!.Value)), cancellationToken);
        if (errors.Any)
        {
            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Bookings.AddRange(hold.Lines.Select(l => new Booking
        {
            Id = Guid.NewGuid(), ServiceId = l.ServiceId, FamilyId = hold.FamilyId, ChildId = l.ChildId!.Value, Date = l.Date!.Value,
            State = BookingState.PendingPayment, OrderId = hold.OrderId, OrderLineId = l.OrderLineId, RegieId = l.RegieId,
            TariffCategoryId = l.TariffCategoryId, UnitCents = l.UnitCents, CreatedAtUtc = now,
        }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return AppResult<bool>.Invalid("Cart", "Un de ces repas vient d'être réservé par ailleurs : retirez-le de votre panier.");
        }

        return AppResult<bool>.Ok(true);
    }

    public async Task<AppResult<bool>> CheckAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var held = await db.Bookings.AsNoTracking().Where(b => b.OrderId == orderId && b.State == BookingState.PendingPayment)
            .Select(b => new { b.ServiceId, b.Date }).ToListAsync(cancellationToken);
        var errors = await CheckDatesAsync(held.Select(b => (b.ServiceId, b.Date)), cancellationToken);
        return errors.Any ? errors : AppResult<bool>.Ok(true);
    }

    public Task ConfirmAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.Bookings.Where(b => b.OrderId == orderId && b.State == BookingState.PendingPayment)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, BookingState.Confirmed), cancellationToken);

    public Task ReleaseAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.Bookings.Where(b => b.OrderId == orderId && b.State == BookingState.PendingPayment)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, BookingState.Released), cancellationToken);

    private async Task<Errors> CheckDatesAsync(IEnumerable<(Guid ServiceId, DateOnly Date)> meals, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var service in meals.GroupBy(m => m.ServiceId))
        {
            var calendar = await schedule.CalendarAsync(service.Key, cancellationToken);
            foreach (var day in service.Select(m => m.Date).Distinct().Order().Select(d => calendar.Day(d, now)).Where(d => d.State != DayState.Bookable))
            {
                errors.Add("Order", $"Le repas du {day.Date:dd/MM/yyyy} n'est plus réservable : {CantineBookings.Why(day)}.");
            }
        }

        return errors;
    }
}
