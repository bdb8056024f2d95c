using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Tenancy;
using Platform.Modules.Sport.Data;

namespace Platform.Modules.Sport.Application;

/// <param name="Paid">False while the family's order awaits payment (the seat is held).</param>
public sealed record RosterChild(Guid FamilyId, Guid ChildId, string Name, string? SchoolClass, int? Age, bool Paid);

/// <param name="Offered">A freed seat is held for this family until <see cref="RosterWaiting.OfferedUntilLocal"/>.</param>
public sealed record RosterWaiting(Guid FamilyId, Guid ChildId, string Name, bool Offered, DateTime? OfferedUntilLocal);

public sealed record SessionRoster(
    Guid SessionId, string Activity, string Place, DateOnly Date, TimeOnly Start, TimeOnly End, int Capacity, int Taken,
    IReadOnlyList<RosterChild> Children, IReadOnlyList<RosterWaiting> Waiting);

/// <summary>Who comes to each session, for the organiser and the coach: the children with a seat (paid or held), then
/// the waiting list in its order. Agents of the service's commune (or the communauté running it) only.</summary>
public sealed class SportRosters(SportDbContext db, SportSchedule schedule, IFamilyDirectory families)
{
    private static readonly StringComparer French = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true);

    /// <param name="from">The first day shown; the sessions of the 31 days from it.</param>
    public async Task<AppResult<IReadOnlyList<SessionRoster>>> FromAsync(ClaimsPrincipal agent, Guid serviceId, DateOnly from, CancellationToken cancellationToken)
    {
        if (await schedule.FindOwnAsync(serviceId, cancellationToken) is null || !await families.CanActForServiceAsync(agent, serviceId, cancellationToken))
        {
            return AppResult<IReadOnlyList<SessionRoster>>.NotFound();
        }

        if (from.Year is < 2000 or > 2100)
        {
            return AppResult<IReadOnlyList<SessionRoster>>.Invalid("From", "Indiquez une date entre 2000 et 2100, par exemple 2027-09-01.");
        }

        var to = from.AddDays(30);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.ServiceId == serviceId && s.Date >= from && s.Date <= to)
            .OrderBy(s => s.Date).ThenBy(s => s.Start)
            .ToListAsync(cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => a.ServiceId == serviceId).ToDictionaryAsync(a => a.Id, cancellationToken);
        var seats = await db.Bookings.AsNoTracking()
            .Where(b => ids.Contains(b.ItemId!.Value) && (b.State == BookingState.PendingPayment || b.State == BookingState.Confirmed))
            .ToListAsync(cancellationToken);
        var waiting = await db.Waitlist.AsNoTracking()
            .Where(w => ids.Contains(w.SessionId) && (w.State == WaitlistState.Waiting || w.State == WaitlistState.Offered))
            .OrderBy(w => w.Id)
            .ToListAsync(cancellationToken);
        var children = await families.ChildrenAsync(seats.Select(b => b.FamilyId).Concat(waiting.Select(w => w.FamilyId)).ToHashSet(), cancellationToken);

        string Name(Guid childId) => children.TryGetValue(childId, out var c) ? $"{c.FirstName} {c.LastName}" : "Enfant";
        return AppResult<IReadOnlyList<SessionRoster>>.Ok(sessions.Select(session =>
        {
            var activity = activities[session.ActivityId];
            var booked = seats.Where(b => b.ItemId == session.Id)
                .Select(b => new RosterChild(
                    b.FamilyId, b.ChildId, Name(b.ChildId), SchoolLevels.Normalise(children.GetValueOrDefault(b.ChildId)?.SchoolClass),
                    children.TryGetValue(b.ChildId, out var c) ? SessionRules.Age(c, session.Date) : null, b.State == BookingState.Confirmed))
                .OrderBy(c => c.Name, French)
                .ToList();
            var queue = waiting.Where(w => w.SessionId == session.Id)
                .Select(w => new RosterWaiting(w.FamilyId, w.ChildId, Name(w.ChildId), w.State == WaitlistState.Offered,
                    w.OfferedUntilUtc is { } until ? ParisTime.ToParis(until) : null))
                .ToList();
            return new SessionRoster(session.Id, activity.Name, activity.Place, session.Date, session.Start, session.End, session.Capacity, session.Taken, booked, queue);
        }).ToList());
    }
}
