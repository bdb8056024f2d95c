using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Ordering;
using Platform.Modules.Sport.Data;

namespace Platform.Modules.Sport.Application;

/// <summary>Holds the seats of an order: in one transaction, each seat is taken by the conditional update of its
/// session's counter (or the child's offered seat from the waiting list is used) and the lines are written; a full
/// session refuses the whole order. Released seats go back to the counter and on to the waiting list.</summary>
public sealed class SportOrderLines(SportDbContext db, BookingLines<SportBooking> lines, SportSeats seats, SportSchedule schedule, TimeProvider clock)
    : IOrderLineHandler
{
    public string ModuleId => SportModule.ModuleId;

    public async Task<AppResult<bool>> HoldAsync(OrderHold hold, CancellationToken cancellationToken)
    {
        if (await lines.AreHeldAsync(hold.OrderId, cancellationToken))
        {
            return AppResult<bool>.Ok(true);
        }

        var errors = await CheckAsync(hold.Lines.Select(l => (l.ServiceId, SessionId: l.ItemId!.Value)).ToList(), cancellationToken);
        await CheckStagesAreWholeAsync(hold, errors, cancellationToken);
        if (errors.Any)
        {
            return errors;
        }

        OrderHoldLine? full = null;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var line in hold.Lines)
            {
                if (!await seats.TryUseOfferAsync(line.ItemId!.Value, line.ChildId!.Value, cancellationToken)
                    && !await seats.TryTakeAsync(line.ItemId!.Value, cancellationToken))
                {
                    full = line;
                    break;
                }
            }

            if (full is null)
            {
                if (!await lines.TryHoldAsync(hold, _ => new SportBooking(), cancellationToken))
                {
                    return AppResult<bool>.Invalid("Cart", "Une de ces séances vient d'être réservée par ailleurs pour cet enfant : retirez-la de votre panier.");
                }

                await transaction.CommitAsync(cancellationToken);
                return AppResult<bool>.Ok(true);
            }
        }

        // Nothing was held (the transaction rolled back): the child of the full session joins its waiting list.
        var position = await seats.JoinWaitlistAsync(hold.FamilyId, full.ServiceId, full.ItemId!.Value, full.ChildId!.Value, cancellationToken);
        return AppResult<bool>.Invalid("Cart", position is { } number
            ? $"La séance du {full.Date:dd/MM/yyyy} vient d'être complète : votre enfant est inscrit sur sa liste d'attente (n° {number}) et vous serez prévenu par e-mail si une place se libère. Retirez-la de votre panier pour payer le reste."
            : $"Le stage du {full.Date:dd/MM/yyyy} vient d'être complet : retirez ses séances de votre panier.");
    }

    public async Task<AppResult<bool>> CheckAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var held = await lines.HeldItemsAsync(orderId, cancellationToken);
        var errors = await CheckAsync(held.Select(h => (h.ServiceId, SessionId: h.ItemId!.Value)).ToList(), cancellationToken);
        return errors.Any ? errors : AppResult<bool>.Ok(true);
    }

    public Task ConfirmAsync(Guid orderId, CancellationToken cancellationToken) => lines.ConfirmAsync(orderId, cancellationToken);

    public async Task ReleaseAsync(Guid orderId, CancellationToken cancellationToken)
    {
        foreach (var session in (await lines.ReleaseAsync(orderId, cancellationToken)).Select(l => l.ItemId!.Value).Distinct())
        {
            await seats.PromoteAsync(session, cancellationToken);
        }
    }

    /// <summary>A stage is sold whole: an order holding one of its sessions for a child holds them all.</summary>
    private async Task CheckStagesAreWholeAsync(OrderHold hold, Errors errors, CancellationToken cancellationToken)
    {
        var ids = hold.Lines.Select(l => l.ItemId!.Value).Distinct().ToList();
        var stages = await db.Sessions.AsNoTracking()
            .Where(s => ids.Contains(s.Id) && db.Activities.Any(a => a.Id == s.ActivityId && a.IsStage))
            .Select(s => s.ActivityId).Distinct().ToListAsync(cancellationToken);
        foreach (var stage in stages)
        {
            var sessions = await db.Sessions.AsNoTracking().Where(s => s.ActivityId == stage).Select(s => s.Id).ToListAsync(cancellationToken);
            var children = hold.Lines.Where(l => sessions.Contains(l.ItemId!.Value)).Select(l => l.ChildId!.Value).Distinct();
            if (children.Any(child => sessions.Any(session => !hold.Lines.Any(l => l.ChildId == child && l.ItemId == session))))
            {
                var name = (await db.Activities.AsNoTracking().SingleAsync(a => a.Id == stage, cancellationToken)).Name;
                errors.Add("Cart", $"Le stage « {name} » se réserve en entier : retirez ses séances de votre panier, puis réservez-le à nouveau depuis le calendrier.");
            }
        }
    }

    /// <summary>Each session still open to booking (registration opened, deadline not passed).</summary>
    private async Task<Errors> CheckAsync(IReadOnlyList<(Guid ServiceId, Guid SessionId)> held, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = held.Select(h => h.SessionId).Distinct().ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        var activityIds = sessions.Select(s => s.ActivityId).Distinct().ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var session in sessions.OrderBy(s => s.Date))
        {
            var activity = activities[session.ActivityId];
            var booking = (await schedule.DeadlinesAsync(session.ServiceId, cancellationToken)).Booking;
            if (!SessionRules.IsOpen(activity, now) || !SessionRules.BeforeDeadline(session, booking, now))
            {
                errors.Add("Order", $"La séance « {activity.Name} » du {session.Date:dd/MM/yyyy} n'est plus réservable.");
            }
        }

        if (sessions.Count != ids.Count)
        {
            errors.Add("Order", "Une de ces séances n'existe plus : retirez-la de votre panier.");
        }

        return errors;
    }
}
