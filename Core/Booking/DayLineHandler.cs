using Platform.Core.Application;
using Platform.Core.Ordering;

namespace Platform.Core.Booking;

/// <summary>Holds, checks, confirms and releases the day-keyed lines of an order for the host's checkout and payment,
/// all or none, each day checked again against its service's calendar. Idempotent per order.</summary>
public abstract class DayLineHandler<TLine>(BookingLines<TLine> lines, ServiceSchedule schedule, TimeProvider clock) : IOrderLineHandler
    where TLine : BookingLine
{
    public abstract string ModuleId { get; }

    protected DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>The module's line for one held order line (the kernel fills in what every line carries).</summary>
    protected abstract TLine NewLine(OrderHoldLine line);

    /// <summary>The French sentence for a held day that can no longer be booked.</summary>
    protected abstract string NoLongerBookable(CalendarDay day);

    /// <summary>The French sentence for a line another order took meanwhile.</summary>
    protected abstract string TakenMeanwhile { get; }

    public async Task<AppResult<bool>> HoldAsync(OrderHold hold, CancellationToken cancellationToken)
    {
        if (await lines.AreHeldAsync(hold.OrderId, cancellationToken))
        {
            return AppResult<bool>.Ok(true);
        }

        var errors = await CheckItemsAsync(hold.Lines.Select(l => new HeldItem(l.ServiceId, hold.FamilyId, l.ChildId!.Value, l.Date!.Value, l.ItemId, l.TariffCategoryId, l.UnitCents)).ToList(), cancellationToken);
        if (errors.Any)
        {
            return errors;
        }

        return await lines.TryHoldAsync(hold, NewLine, cancellationToken)
            ? AppResult<bool>.Ok(true)
            : AppResult<bool>.Invalid("Cart", TakenMeanwhile);
    }

    public async Task<AppResult<bool>> CheckAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var errors = await CheckItemsAsync(await lines.HeldItemsAsync(orderId, cancellationToken), cancellationToken);
        return errors.Any ? errors : AppResult<bool>.Ok(true);
    }

    public Task ConfirmAsync(Guid orderId, CancellationToken cancellationToken) => lines.ConfirmAsync(orderId, cancellationToken);

    public Task ReleaseAsync(Guid orderId, CancellationToken cancellationToken) => lines.ReleaseAsync(orderId, cancellationToken);

    /// <summary>Whether every item can still be sold: by default, its day is bookable in its service's calendar.</summary>
    protected virtual async Task<Errors> CheckItemsAsync(IReadOnlyList<HeldItem> items, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var service in items.GroupBy(d => d.ServiceId))
        {
            var calendar = await schedule.CalendarAsync(service.Key, cancellationToken);
            foreach (var day in service.Select(d => d.Date).Distinct().Order().Select(d => calendar.Day(d, now)).Where(d => d.State != DayState.Bookable))
            {
                errors.Add("Order", NoLongerBookable(day));
            }
        }

        return errors;
    }
}
