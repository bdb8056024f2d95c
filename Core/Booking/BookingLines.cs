using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Ordering;

namespace Platform.Core.Booking;

/// <summary>A line an order holds: its service, family, child, day, item (null for a meal) and the price it was sold at.</summary>
public sealed record HeldItem(Guid ServiceId, Guid FamilyId, Guid ChildId, DateOnly Date, Guid? ItemId, Guid? TariffCategoryId, long UnitCents);

/// <summary>The life of one module's booking lines — held by an order, confirmed when it is paid, released when it
/// expires, cancelled then refunded — by conditional updates, so concurrent requests, replays and restarts change
/// nothing twice.</summary>
/// <param name="seats">For modules that count seats: given back with each release or cancellation, in its transaction.</param>
public sealed class BookingLines<TLine>(DbContext db, IOrderRefunds refunds, TimeProvider clock, ISeatCounter? seats = null)
    where TLine : BookingLine
{
    private DbSet<TLine> Lines => db.Set<TLine>();

    public Task<bool> AreHeldAsync(Guid orderId, CancellationToken cancellationToken) =>
        Lines.AnyAsync(b => b.OrderId == orderId, cancellationToken);

    /// <summary>The service, day and item of each line an order holds, to check them again before it is paid.</summary>
    public async Task<IReadOnlyList<HeldItem>> HeldItemsAsync(Guid orderId, CancellationToken cancellationToken) =>
        await Lines.AsNoTracking().Where(b => b.OrderId == orderId && b.State == BookingState.PendingPayment)
            .Select(b => new HeldItem(b.ServiceId, b.FamilyId, b.ChildId, b.Date, b.ItemId, b.TariffCategoryId, b.UnitCents)).ToListAsync(cancellationToken);

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
            line.ItemId = held.ItemId;
            line.State = BookingState.PendingPayment;
            line.OrderId = hold.OrderId;
            line.OrderLineId = held.OrderLineId;
            line.RegieId = held.RegieId;
            line.TariffCategoryId = held.TariffCategoryId;
            line.UnitCents = held.UnitCents;
            line.PriceRule = held.PriceRule;
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

    /// <summary>Books lines that are paid later, on the monthly invoice: confirmed at once, without an order, all or
    /// none; false when the database refused one (booked meanwhile).</summary>
    public async Task<bool> TryBookPostPaidAsync(Guid familyId, IReadOnlyList<TLine> booked, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var line in booked)
        {
            line.Id = Guid.NewGuid();
            line.FamilyId = familyId;
            line.State = BookingState.Confirmed;
            line.PostPaid = true;
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

    /// <summary>Frees what an unpaid order held. For a module that counts seats, returns the lines this call released
    /// (none when another call did), each seat given back in the line's transaction; otherwise releases them in one
    /// statement and returns nothing.</summary>
    public async Task<IReadOnlyList<TLine>> ReleaseAsync(Guid orderId, CancellationToken cancellationToken)
    {
        if (seats is null)
        {
            await Lines.Where(b => b.OrderId == orderId && b.State == BookingState.PendingPayment)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, BookingState.Released), cancellationToken);
            return [];
        }

        var released = new List<TLine>();
        foreach (var line in await Lines.AsNoTracking().Where(b => b.OrderId == orderId && b.State == BookingState.PendingPayment).ToListAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await Lines.Where(b => b.Id == line.Id && b.State == BookingState.PendingPayment)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, BookingState.Released), cancellationToken) == 1)
            {
                await seats.GiveBackAsync(line, cancellationToken);
                released.Add(line);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return released;
    }

    /// <summary>Cancels a confirmed line and gives its price back (nothing for a post-paid line: it leaves the coming
    /// invoice). Only the request whose conditional update cancels the line refunds it: null for the others, sent at
    /// the same time, whose line is already cancelled.</summary>
    public async Task<AppResult<long>?> CancelAndRefundAsync(TLine line, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? settled = line.PostPaid ? now : null;
        await using (var transaction = seats is null ? null : await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var cancelled = await Lines.Where(b => b.Id == line.Id && b.State == BookingState.Confirmed)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(b => b.State, BookingState.Cancelled).SetProperty(b => b.CancelledAtUtc, now)
                        .SetProperty(b => b.CancellationReason, reason).SetProperty(b => b.RefundedAtUtc, settled),
                    cancellationToken);
            if (cancelled == 0)
            {
                return null;
            }

            if (seats is not null)
            {
                await seats.GiveBackAsync(line, cancellationToken);
                await transaction!.CommitAsync(cancellationToken);
            }
        }

        return line.PostPaid ? AppResult<long>.Ok(0) : await RefundCancelledAsync(line.Id, line.OrderLineId, reason, now, cancellationToken);
    }

    /// <summary>Gives back a cancelled line's money (idempotent on its order line) and records it; a refund refused
    /// puts the line back. Called by the cancellation, and by the module's refunds job when a stop came in between.</summary>
    public async Task<AppResult<long>> RefundCancelledAsync(Guid lineId, Guid orderLineId, string reason, DateTime cancelledAtUtc, CancellationToken cancellationToken)
    {
        var refund = await refunds.RefundLineAsync(orderLineId, reason, cancellationToken);
        if (!refund.Succeeded)
        {
            await using var transaction = seats is null ? null : await db.Database.BeginTransactionAsync(cancellationToken);
            var restored = await Lines.Where(b => b.Id == lineId && b.State == BookingState.Cancelled && b.CancelledAtUtc == cancelledAtUtc && b.RefundedAtUtc == null)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(b => b.State, BookingState.Confirmed).SetProperty(b => b.CancelledAtUtc, (DateTime?)null).SetProperty(b => b.CancellationReason, (string?)null),
                    cancellationToken);
            if (seats is not null)
            {
                if (restored == 1)
                {
                    await seats.RetakeAsync(await Lines.AsNoTracking().SingleAsync(b => b.Id == lineId, cancellationToken), cancellationToken);
                }

                await transaction!.CommitAsync(cancellationToken);
            }

            return refund;
        }

        await Lines.Where(b => b.Id == lineId && b.RefundedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.RefundedAtUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        return refund;
    }

    /// <summary>Cancels and refunds the confirmed lines of a service on days it closes; returns each line cancelled with
    /// the amount given back (a line whose refund is refused stays booked, for the agent to settle with the régie).</summary>
    public async Task<IReadOnlyList<(TLine Line, long Refunded)>> CancelDaysAsync(
        Guid serviceId, IReadOnlyCollection<DateOnly> days, Func<TLine, string> reason, CancellationToken cancellationToken)
    {
        var affected = await Lines.AsNoTracking()
            .Where(b => b.ServiceId == serviceId && days.Contains(b.Date) && b.State == BookingState.Confirmed)
            .ToListAsync(cancellationToken);
        var cancelled = new List<(TLine, long)>();
        foreach (var line in affected)
        {
            if (await CancelAndRefundAsync(line, reason(line), cancellationToken) is { Succeeded: true } refund)
            {
                cancelled.Add((line, refund.Value));
            }
        }

        return cancelled;
    }

    /// <summary>Lines of these services cancelled before <paramref name="cancelledBefore"/> whose refund a stop cut short.</summary>
    public Task<List<TLine>> UnrefundedAsync(IReadOnlyCollection<Guid> serviceIds, DateTime cancelledBefore, CancellationToken cancellationToken) =>
        Lines.AsNoTracking()
            .Where(b => serviceIds.Contains(b.ServiceId) && b.State == BookingState.Cancelled && b.RefundedAtUtc == null && b.CancelledAtUtc < cancelledBefore)
            .ToListAsync(cancellationToken);
}
