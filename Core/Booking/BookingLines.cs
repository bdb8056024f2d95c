using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Ordering;

namespace Platform.Core.Booking;

/// <summary>The life of one module's booking lines — held by an order, confirmed when it is paid, released when it
/// expires, cancelled then refunded — by conditional updates, so concurrent requests, replays and restarts change
/// nothing twice.</summary>
public sealed class BookingLines<TLine>(DbContext db, IOrderRefunds refunds, TimeProvider clock)
    where TLine : BookingLine
{
    private DbSet<TLine> Lines => db.Set<TLine>();

    public Task<bool> AreHeldAsync(Guid orderId, CancellationToken cancellationToken) =>
        Lines.AnyAsync(b => b.OrderId == orderId, cancellationToken);

    /// <summary>The service and day of each line an order holds, to check them again before it is paid.</summary>
    public async Task<IReadOnlyList<(Guid ServiceId, DateOnly Date)>> HeldDaysAsync(Guid orderId, CancellationToken cancellationToken) =>
        (await Lines.AsNoTracking().Where(b => b.OrderId == orderId && b.State == BookingState.PendingPayment)
            .Select(b => new { b.ServiceId, b.Date }).ToListAsync(cancellationToken))
        .Select(b => (b.ServiceId, b.Date)).ToList();

    /// <summary>Records an order's lines as held at the price, tariff category and régie they were sold at; false
    /// when the database refused one (held or booked meanwhile by another order).</summary>
    public async Task<bool> TryHoldAsync(OrderHold hold, Func<OrderHoldLine, TLine> create, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var held in hold.Lines)
        {
            var line = create(held);
            line.Id = Guid.NewGuid();
            line.ServiceId = held.ServiceId;
            line.FamilyId = hold.FamilyId;
            line.ChildId = held.ChildId!.Value;
            line.Date = held.Date!.Value;
            line.State = BookingState.PendingPayment;
            line.OrderId = hold.OrderId;
            line.OrderLineId = held.OrderLineId;
            line.RegieId = held.RegieId;
            line.TariffCategoryId = held.TariffCategoryId;
            line.UnitCents = held.UnitCents;
            line.CreatedAtUtc = now;
            Lines.Add(line);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public Task ConfirmAsync(Guid orderId, CancellationToken cancellationToken) =>
        Lines.Where(b => b.OrderId == orderId && b.State == BookingState.PendingPayment)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, BookingState.Confirmed), cancellationToken);

    public Task ReleaseAsync(Guid orderId, CancellationToken cancellationToken) =>
        Lines.Where(b => b.OrderId == orderId && b.State == BookingState.PendingPayment)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, BookingState.Released), cancellationToken);

    /// <summary>Cancels a confirmed line and gives its price back. Only the request whose conditional update cancels
    /// the line refunds it: null for the others, sent at the same time, whose line is already cancelled.</summary>
    public async Task<AppResult<long>?> CancelAndRefundAsync(TLine line, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cancelled = await Lines.Where(b => b.Id == line.Id && b.State == BookingState.Confirmed)
            .ExecuteUpdateAsync(
                s => s.SetProperty(b => b.State, BookingState.Cancelled).SetProperty(b => b.CancelledAtUtc, now).SetProperty(b => b.CancellationReason, reason),
                cancellationToken);
        return cancelled == 0 ? null : await RefundCancelledAsync(line.Id, line.OrderLineId, reason, now, cancellationToken);
    }

    /// <summary>Gives back a cancelled line's money (idempotent on its order line) and records it; a refund refused
    /// puts the line back. Called by the cancellation, and by the module's refunds job when a stop came in between.</summary>
    public async Task<AppResult<long>> RefundCancelledAsync(Guid lineId, Guid orderLineId, string reason, DateTime cancelledAtUtc, CancellationToken cancellationToken)
    {
        var refund = await refunds.RefundLineAsync(orderLineId, reason, cancellationToken);
        if (!refund.Succeeded)
        {
            await Lines.Where(b => b.Id == lineId && b.State == BookingState.Cancelled && b.CancelledAtUtc == cancelledAtUtc && b.RefundedAtUtc == null)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(b => b.State, BookingState.Confirmed).SetProperty(b => b.CancelledAtUtc, (DateTime?)null).SetProperty(b => b.CancellationReason, (string?)null),
                    cancellationToken);
            return refund;
        }

        await Lines.Where(b => b.Id == lineId && b.RefundedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.RefundedAtUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        return refund;
    }

    /// <summary>Lines of these services cancelled before <paramref name="cancelledBefore"/> whose refund a stop cut short.</summary>
    public Task<List<TLine>> UnrefundedAsync(IReadOnlyCollection<Guid> serviceIds, DateTime cancelledBefore, CancellationToken cancellationToken) =>
        Lines.AsNoTracking()
            .Where(b => serviceIds.Contains(b.ServiceId) && b.State == BookingState.Cancelled && b.RefundedAtUtc == null && b.CancelledAtUtc < cancelledBefore)
            .ToListAsync(cancellationToken);
}
