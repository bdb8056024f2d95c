using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Modules.Sport.Data;

namespace Platform.Modules.Sport.Application;

/// <summary>A child and a session.</summary>
public sealed record SeatChoice(Guid ChildId, Guid SessionId);

/// <summary>Seats checked and priced: into the cart, or onto the waiting list of a full session.</summary>
public sealed record PreparedSeats(IReadOnlyList<CartLineRequest> CartLines, IReadOnlyList<WaitlistEntry> Waiting);

public sealed record SportBookingView(
    Guid Id, Guid ServiceId, string Activity, string Place, Guid ChildId, DateOnly Date, TimeOnly Start, TimeOnly End, BookingState State, long UnitCents,
    DateTime? CancellableUntilLocal);

/// <summary>The parent's side of sport: seats put in the cart (a stage's sessions all together), the waiting list of a
/// full session, and cancellation before the deadline, whose freed seat goes to the first family waiting.</summary>
public sealed class SportBookings(
    SportDbContext db, SportSchedule schedule, SportSeats seats, IFamilyDirectory families, ICart cart, BookingLines<SportBooking> lines, TimeProvider clock)
{
    public const int MaxSeatsAtOnce = 100;
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async Task<AppResult<PreparedSeats>> PrepareAsync(Guid familyId, Guid serviceId, IReadOnlyList<SeatChoice> choices, CancellationToken cancellationToken)
    {
        var service = await schedule.FindOwnAsync(serviceId, cancellationToken);
        var access = service is null ? null : await families.ValidatedAccessAsync(familyId, serviceId, cancellationToken);
        if (service is null || access is null)
        {
            return AppResult<PreparedSeats>.Invalid("ServiceId", "Votre demande d'accès à ce service n'est pas encore validée : vous ne pouvez pas encore réserver.");
        }

        var errors = new Errors();
        var sessionIds = choices.Select(c => c.SessionId).Distinct().ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ServiceId == serviceId && sessionIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var activityIds = sessions.Select(s => s.ActivityId).Distinct().ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        if (sessions.Count != sessionIds.Count)
        {
            return AppResult<PreparedSeats>.Invalid("Sessions", "Cette séance n'existe pas dans ce service.");
        }

        // A stage is booked whole: choosing one of its sessions chooses them all.
        var stageSessions = await db.Sessions.AsNoTracking()
            .Where(s => activityIds.Contains(s.ActivityId)).ToListAsync(cancellationToken);
        var wanted = choices.SelectMany(c =>
        {
            var session = sessions.First(s => s.Id == c.SessionId);
            return activities[session.ActivityId].IsStage
                ? stageSessions.Where(s => s.ActivityId == session.ActivityId).Select(s => (c.ChildId, Session: s))
                : [(c.ChildId, Session: session)];
        }).DistinctBy(w => (w.ChildId, w.Session.Id)).OrderBy(w => w.Session.Date).ThenBy(w => w.Session.Start).ToList();
        if (wanted.Count > MaxSeatsAtOnce)
        {
            errors.Add("Sessions", $"Réservez au plus {MaxSeatsAtOnce} séances à la fois.");
        }

        if (wanted.Any(w => access.Children.All(c => c.Id != w.ChildId)))
        {
            return AppResult<PreparedSeats>.Invalid("ChildIds", "Cet enfant n'est pas inscrit à ce service.");
        }

        var booking = (await schedule.DeadlinesAsync(serviceId, cancellationToken)).Booking;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (childId, session) in wanted)
        {
            var activity = activities[session.ActivityId];
            var child = access.Children.First(c => c.Id == childId);
            var what = $"« {activity.Name} » du {session.Date.ToString("dddd dd/MM/yyyy", French)}";
            if (!SessionRules.IsOpen(activity, now))
            {
                errors.Add("Sessions", $"La séance {what} n'est pas encore ouverte : {SessionRules.Opening(activity)}.");
            }
            else if (!SessionRules.BeforeDeadline(session, booking, now))
            {
                errors.Add("Sessions", $"La séance {what} n'est plus réservable : le délai est passé.");
            }

            if (!SessionRules.FitsAge(activity, child, session.Date))
            {
                var age = SessionRules.Age(child, session.Date) is { } years ? $" ({years} ans ce jour-là)" : "";
                errors.Add("Sessions", $"{child.FirstName}{age} n'a pas l'âge de la séance {what}, réservée aux enfants {SessionRules.AgeRange(activity)}.");
            }
            else if (!SessionRules.FitsClass(activity, child))
            {
                var range = SchoolLevels.Range(activity.MinClass, activity.MaxClass);
                errors.Add("Sessions", SchoolLevels.Normalise(child.SchoolClass) is { } level
                    ? $"{child.FirstName} ({level}) n'est pas dans les classes de la séance {what}, réservée aux classes {range}."
                    : $"La séance {what} est réservée aux classes {range} : indiquez la classe de {child.FirstName} dans « Ma famille ».");
            }
        }

        var price = await PricesAsync(serviceId, access.TariffCategoryId, activityIds, errors, activities, cancellationToken);
        if (errors.Any)
        {
            return errors;
        }

        var children = wanted.Select(w => w.ChildId).Distinct().ToList();
        var ids = wanted.Select(w => w.Session.Id).Distinct().ToList();
        var booked = await db.Bookings.AsNoTracking()
            .Where(b => ids.Contains(b.ItemId!.Value) && children.Contains(b.ChildId) && (b.State == BookingState.PendingPayment || b.State == BookingState.Confirmed))
            .Select(b => new { b.ChildId, SessionId = b.ItemId!.Value }).ToListAsync(cancellationToken);
        var waitlist = await db.Waitlist.AsNoTracking()
            .Where(w => ids.Contains(w.SessionId) && children.Contains(w.ChildId) && (w.State == WaitlistState.Waiting || w.State == WaitlistState.Offered))
            .ToListAsync(cancellationToken);
        var inCart = (await cart.LinesAsync(familyId, SportModule.ModuleId, cancellationToken)).Where(l => l.ItemId is not null && l.ChildId is not null)
            .Select(l => new { ChildId = l.ChildId!.Value, SessionId = l.ItemId!.Value });
        var taken = booked.Concat(inCart).Concat(waitlist.Where(w => w.State == WaitlistState.Waiting).Select(w => new { w.ChildId, w.SessionId })).ToHashSet();
        var queued = (await db.Waitlist.AsNoTracking().Where(w => ids.Contains(w.SessionId) && w.State == WaitlistState.Waiting)
            .Select(w => w.SessionId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        foreach (var (childId, session) in wanted.Where(w => taken.Contains(new { w.ChildId, SessionId = w.Session.Id })))
        {
            errors.Add("Sessions", $"{access.Children.First(c => c.Id == childId).FirstName} a déjà la séance « {activities[session.ActivityId].Name} » du {session.Date:dd/MM/yyyy} (réservée, dans le panier ou en liste d'attente).");
        }

        if (errors.Any)
        {
            return errors;
        }

        var pricing = await schedule.PricingAsync(
            db.Bookings, serviceId, familyId, wanted.Select(w => (w.ChildId, w.Session.Date)).ToList(),
            wanted.Select(w => w.Session.Date).DefaultIfEmpty().Min(), wanted.Select(w => w.Session.Date).DefaultIfEmpty().Max(), cancellationToken);
        var cartLines = new List<CartLineRequest>();
        var waiting = new List<WaitlistEntry>();
        foreach (var (childId, session) in wanted)
        {
            var activity = activities[session.ActivityId];
            var offered = waitlist.Any(w => w.SessionId == session.Id && w.ChildId == childId && w.State == WaitlistState.Offered);
            var full = (session.Taken >= session.Capacity || queued.Contains(session.Id)) && !offered;
            if (full && activity.IsStage)
            {
                errors.Add("Sessions", $"Le stage « {activity.Name} » est complet (séance du {session.Date:dd/MM/yyyy}).");
                continue;
            }

            if (full)
            {
                waiting.Add(new WaitlistEntry
                {
                    SessionId = session.Id, ServiceId = serviceId, FamilyId = familyId, ChildId = childId, State = WaitlistState.Waiting,
                    CreatedAtUtc = now,
                });
                continue;
            }

            var child = access.Children.First(c => c.Id == childId);
            var ruled = pricing.Price(price[activity.Id], childId, session.Date);
            cartLines.Add(new CartLineRequest(
                SportModule.ModuleId, serviceId, service.RegieId, service.Commune, childId, session.Date, access.TariffCategoryId,
                $"{activity.Name} du {session.Date.ToString("ddd dd/MM/yyyy", French)} {session.Start:HH\\hmm} – {child.FirstName} ({service.Name})",
                ruled.Cents, 1) { ItemId = session.Id, PriceRule = ruled.Rule });
        }

        return errors.Any ? errors : AppResult<PreparedSeats>.Ok(new PreparedSeats(cartLines, waiting));
    }

    /// <summary>Puts the seats in the cart and the full sessions' children on their waiting lists (the database
    /// refuses a child already waiting).</summary>
    public async Task<AppResult<ChoicesBooked>> CommitAsync(Guid familyId, IReadOnlyList<PreparedSeats> prepared, CancellationToken cancellationToken)
    {
        var waiting = prepared.SelectMany(p => p.Waiting).ToList();
        if (waiting.Count > 0)
        {
            db.Waitlist.AddRange(waiting);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return AppResult<ChoicesBooked>.Invalid("Sessions", "Cet enfant vient d'être inscrit sur cette liste d'attente : rechargez la page.");
            }
        }

        var cartLines = prepared.SelectMany(p => p.CartLines).ToList();
        if (cartLines.Count > 0 && await cart.AddAsync(familyId, cartLines, cancellationToken) is { Succeeded: false } refused)
        {
            return AppResult<ChoicesBooked>.Invalid(refused.Errors);
        }

        return AppResult<ChoicesBooked>.Ok(new ChoicesBooked(cartLines.Count, 0, waiting.Count));
    }

    public async Task<IReadOnlyList<SportBookingView>> ListAsync(Guid familyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var booked = await db.Bookings.AsNoTracking()
            .Where(b => b.FamilyId == familyId && b.Date >= from && b.Date <= to && b.State != BookingState.Released)
            .ToListAsync(cancellationToken);
        var ids = booked.Select(b => b.ItemId!.Value).ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var activityIds = sessions.Values.Select(s => s.ActivityId).Distinct().ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var views = new List<SportBookingView>();
        foreach (var line in booked.OrderBy(b => b.Date))
        {
            var session = sessions[line.ItemId!.Value];
            var activity = activities[session.ActivityId];
            var until = await CancellableUntilAsync(line, session, now, cancellationToken);
            views.Add(new SportBookingView(line.Id, line.ServiceId, activity.Name, activity.Place, line.ChildId, line.Date, session.Start, session.End, line.State, line.UnitCents, until));
        }

        return views;
    }

    /// <summary>Cancels a booked seat before the cancellation deadline (else the session's start): its price is given
    /// back and the seat goes to the first family waiting.</summary>
    public async Task<AppResult<long>> CancelAsync(Guid familyId, Guid lineId, CancellationToken cancellationToken)
    {
        var line = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == lineId && b.FamilyId == familyId, cancellationToken);
        if (line is null)
        {
            return AppResult<long>.NotFound();
        }

        if (line.State != BookingState.Confirmed)
        {
            return AppResult<long>.Invalid("Booking", line.State == BookingState.Cancelled ? "Cette séance est déjà annulée." : "Cette séance n'est pas réservée : elle ne peut pas être annulée.");
        }

        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == line.ItemId, cancellationToken);
        if (await CancellableUntilAsync(line, session, clock.GetUtcNow().UtcDateTime, cancellationToken) is null)
        {
            return AppResult<long>.Invalid("Booking", "Le délai d'annulation est dépassé : cette séance reste due.");
        }

        var activity = await db.Activities.AsNoTracking().SingleAsync(a => a.Id == session.ActivityId, cancellationToken);
        var together = activity.IsStage ? await StageLinesAsync(line, activity, cancellationToken) : [line];
        long refunded = 0;
        foreach (var seat in together)
        {
            var refund = await lines.CancelAndRefundAsync(seat, $"Annulation de {activity.Name} du {seat.Date:dd/MM/yyyy}", cancellationToken);
            if (refund is null && seat.Id == line.Id)
            {
                return AppResult<long>.Invalid("Booking", "Cette séance est déjà annulée.");
            }

            if (refund is { Succeeded: false })
            {
                return refund;
            }

            refunded += refund?.Value ?? 0;
            await seats.PromoteAsync(seat.ItemId!.Value, cancellationToken);
        }

        return AppResult<long>.Ok(refunded);
    }

    /// <summary>A stage is cancelled whole: the child's confirmed seats in every session of it.</summary>
    private async Task<IReadOnlyList<SportBooking>> StageLinesAsync(SportBooking line, Activity activity, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.ActivityId == activity.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        return await db.Bookings.AsNoTracking()
            .Where(b => b.ChildId == line.ChildId && b.FamilyId == line.FamilyId && b.State == BookingState.Confirmed && sessions.Contains(b.ItemId!.Value))
            .OrderBy(b => b.Id == line.Id ? 0 : 1).ToListAsync(cancellationToken);
    }

    private async Task<DateTime?> CancellableUntilAsync(SportBooking line, Session session, DateTime now, CancellationToken cancellationToken) =>
        line.State == BookingState.Confirmed ? CancellableUntil(session, (await schedule.DeadlinesAsync(line.ServiceId, cancellationToken)).Cancellation, now) : null;

    /// <summary>Until when a seat can be cancelled (Paris time): the cancellation deadline, else the session's start;
    /// null once passed.</summary>
    public static DateTime? CancellableUntil(Session session, DeadlineRule? cancellation, DateTime now) =>
        now < (cancellation?.DeadlineUtc(session.Date) ?? SessionRules.StartUtc(session))
            ? cancellation?.LocalDeadline(session.Date) ?? session.Date.ToDateTime(session.Start)
            : null;

    private async Task<Dictionary<Guid, long>> PricesAsync(
        Guid serviceId, Guid tariffId, IReadOnlyList<Guid> activityIds, Errors errors, IReadOnlyDictionary<Guid, Activity> activities, CancellationToken cancellationToken)
    {
        var prices = new Dictionary<Guid, long>();
        foreach (var activityId in activityIds)
        {
            if (await schedule.PriceAsync(serviceId, tariffId, activityId, cancellationToken) is { } cents)
            {
                prices[activityId] = cents;
            }
            else
            {
                errors.Add("Sessions", $"Le prix de « {activities[activityId].Name} » n'est pas encore fixé : réessayez plus tard.");
            }
        }

        return prices;
    }
}
