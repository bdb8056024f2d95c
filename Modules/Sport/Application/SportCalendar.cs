using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Modules.Sport.Data;

namespace Platform.Modules.Sport.Application;

/// <summary>The sessions in the family's calendar, for the children of the activity's age: free with the seats left,
/// not yet open (and when it opens), full (the waiting list is offered), waiting, or booked.</summary>
public sealed class SportCalendar(
    SportDbContext db, SportSchedule schedule, SportBookings bookings, IFamilyDirectory families, ICart cart, TimeProvider clock) : IFamilyCalendar
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string ModuleId => SportModule.ModuleId;

    public async Task<IReadOnlyList<CalendarOffer>> OffersAsync(Guid familyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var offers = new List<CalendarOffer>();
        var now = clock.GetUtcNow().UtcDateTime;
        var inCart = (await cart.LinesAsync(familyId, ModuleId, cancellationToken)).Where(l => l.ChildId is not null && l.ItemId is not null)
            .Select(l => (l.ChildId!.Value, l.ItemId!.Value)).ToHashSet();
        foreach (var service in (await families.ValidatedServicesAsync(familyId, cancellationToken)).Where(s => s.ModuleId == ModuleId))
        {
            var access = await families.ValidatedAccessAsync(familyId, service.Id, cancellationToken);
            var sessions = await db.Sessions.AsNoTracking().Where(s => s.ServiceId == service.Id && s.Date >= from && s.Date <= to).ToListAsync(cancellationToken);
            if (access is null || sessions.Count == 0)
            {
                continue;
            }

            var activities = await db.Activities.AsNoTracking().Where(a => a.ServiceId == service.Id).ToDictionaryAsync(a => a.Id, cancellationToken);
            var deadlines = await schedule.DeadlinesAsync(service.Id, cancellationToken);
            var ids = sessions.Select(s => s.Id).ToList();
            var children = access.Children.Select(c => c.Id).ToList();
            var lines = await db.Bookings.AsNoTracking()
                .Where(b => ids.Contains(b.ItemId!.Value) && children.Contains(b.ChildId) && (b.State == BookingState.PendingPayment || b.State == BookingState.Confirmed))
                .ToListAsync(cancellationToken);
            var waitlist = await db.Waitlist.AsNoTracking()
                .Where(w => ids.Contains(w.SessionId) && (w.State == WaitlistState.Waiting || w.State == WaitlistState.Offered))
                .OrderBy(w => w.Id)
                .ToListAsync(cancellationToken);
            var prices = await schedule.PricesAsync(service.Id, access.TariffCategoryId, cancellationToken);
            var price = activities.Keys.ToDictionary(id => id, id => prices.TryGetValue(id, out var cents) ? cents : (long?)null);
            var pricing = await schedule.PricingAsync(db.Bookings, service.Id, familyId, [], from, to, cancellationToken);

            foreach (var session in sessions.OrderBy(s => s.Date).ThenBy(s => s.Start))
            {
                var activity = activities[session.ActivityId];
                foreach (var child in access.Children.Where(c => SessionRules.FitsAge(activity, c, session.Date) && SessionRules.MayFitClass(activity, c)))
                {
                    var offer = new CalendarOffer(
                        service.Id, service.Name, child.Id, session.Date, session.Id, activity.Name, session.Start, session.End, OfferState.Free,
                        price[activity.Id] is { } cents ? pricing.Price(cents, child.Id, session.Date).Cents : null, null);
                    var line = lines.FirstOrDefault(l => l.ItemId == session.Id && l.ChildId == child.Id);
                    var queue = waitlist.Where(w => w.SessionId == session.Id).ToList();
                    var mine = queue.FirstOrDefault(w => w.ChildId == child.Id);
                    offers.Add(line is not null
                        ? BookedOffers.For(offer, line, familyId, SportBookings.CancellableUntil(session, deadlines.Cancellation, now), "cette séance reste due")
                        : inCart.Contains((child.Id, session.Id)) ? offer with { State = OfferState.InCart }
                        : mine is { State: WaitlistState.Waiting } ? offer with
                        {
                            State = OfferState.Waiting,
                            Note = $"n° {queue.Where(w => w.State == WaitlistState.Waiting).ToList().IndexOf(mine) + 1} sur la liste d'attente",
                        }
                        : mine is { State: WaitlistState.Offered } ? offer with
                        {
                            Note = $"une place vous attend jusqu'au {ParisTime.ToParis(mine.OfferedUntilUtc!.Value).ToString("ddd dd/MM 'à' HH'h'mm", French)}",
                        }
                        : !SessionRules.FitsClass(activity, child) ? offer with
                        {
                            State = OfferState.Incomplete,
                            UnitCents = null,
                            Note = $"réservé aux classes {SchoolLevels.Range(activity.MinClass, activity.MaxClass)} : indiquez la classe de {child.FirstName} dans « Ma famille »",
                        }
                        : price[activity.Id] is null ? offer with { State = OfferState.TooLate, UnitCents = null, Note = "prix pas encore fixé" }
                        : !SessionRules.IsOpen(activity, now) ? offer with { State = OfferState.NotYetOpen, Note = SessionRules.Opening(activity) }
                        : !SessionRules.BeforeDeadline(session, deadlines.Booking, now) ? offer with { State = OfferState.TooLate, UnitCents = null }
                        : (session.Taken >= session.Capacity || queue.Any(w => w.State == WaitlistState.Waiting)) && activity.IsStage
                            ? offer with { State = OfferState.SoldOut, Note = "stage complet" }
                        : session.Taken >= session.Capacity || queue.Any(w => w.State == WaitlistState.Waiting)
                            ? offer with { State = OfferState.Full, Note = "complet : liste d'attente" }
                        : offer with { Note = $"{Seats(session)} · {activity.Place}{Stage(activity)}" });
                }
            }
        }

        return offers;
    }

    public async Task<AppResult<ChoicesBooked>> BookAsync(Guid familyId, IReadOnlyList<OfferChoice> choices, CancellationToken cancellationToken)
    {
        var prepared = await OfferChoices.PrepareEachServiceAsync(choices, (serviceId, mine) =>
            bookings.PrepareAsync(familyId, serviceId, mine.Select(c => new SeatChoice(c.ChildId, c.ItemId ?? Guid.Empty)).ToList(), cancellationToken));
        return prepared.Succeeded ? await bookings.CommitAsync(familyId, prepared.Value!, cancellationToken) : AppResult<ChoicesBooked>.Invalid(prepared.Errors);
    }

    public Task<AppResult<long>> CancelAsync(Guid familyId, Guid lineId, CancellationToken cancellationToken) =>
        bookings.CancelAsync(familyId, lineId, cancellationToken);

    private static string Seats(Session session) =>
        session.Capacity - session.Taken == 1 ? "1 place restante" : $"{session.Capacity - session.Taken} places restantes";

    private static string Stage(Activity activity) => activity.IsStage ? " · stage : toutes ses séances ensemble" : "";
}
