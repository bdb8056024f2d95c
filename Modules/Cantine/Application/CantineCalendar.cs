using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Modules.Cantine.Data;

namespace Platform.Modules.Cantine.Application;

/// <summary>The meals in the family's calendar: one offer per child and served day of each validated cantine service.</summary>
public sealed class CantineCalendar(
    CantineDbContext db, CantineSchedule schedule, CantineServices services, CantineBookings bookings, IFamilyDirectory families, ICart cart, TimeProvider clock)
    : IFamilyCalendar
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string ModuleId => CantineModule.ModuleId;

    public async Task<IReadOnlyList<CalendarOffer>> OffersAsync(Guid familyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var offers = new List<CalendarOffer>();
        var now = clock.GetUtcNow().UtcDateTime;
        var inCart = (await cart.LinesAsync(familyId, ModuleId, cancellationToken)).Where(l => l.ChildId is not null && l.Date is not null)
            .Select(l => (l.ServiceId, l.ChildId!.Value, l.Date!.Value)).ToHashSet();
        foreach (var service in (await families.ValidatedServicesAsync(familyId, cancellationToken)).Where(s => s.ModuleId == ModuleId))
        {
            var access = await families.ValidatedAccessAsync(familyId, service.Id, cancellationToken);
            if (access is null)
            {
                continue;
            }

            var children = access.Children.Select(c => c.Id).ToList();
            var price = await schedule.PriceAsync(service.Id, access.TariffCategoryId, null, cancellationToken);
            var pricing = await schedule.PricingAsync(db.Bookings, service.Id, familyId, [], from, to, cancellationToken);
            var monthly = await services.BillingAsync(service.Id, cancellationToken) == BillingMode.Monthly;
            var calendar = await schedule.CalendarAsync(service.Id, cancellationToken);
            var cancellation = calendar.CancellationDeadline;
            var lines = await db.Bookings.AsNoTracking()
                .Where(b => b.ServiceId == service.Id && children.Contains(b.ChildId) && b.Date >= from && b.Date <= to
                            && (b.State == BookingState.PendingPayment || b.State == BookingState.Confirmed))
                .ToListAsync(cancellationToken);
            for (var date = from; date <= to; date = date.AddDays(1))
            {
                var day = calendar.Day(date, now);
                if (day.State == DayState.NotServed)
                {
                    continue;
                }

                foreach (var child in children)
                {
                    var line = lines.FirstOrDefault(l => l.ChildId == child && l.Date == date);
                    offers.Add(line is not null
                        ? BookedOffers.For(Offer(service, child, date, OfferState.Booked, null, null), line, familyId, cancellation?.OpenUntilLocal(date, now), "ce repas reste dû")
                        : (inCart.Contains((service.Id, child, date)) ? Offer(service, child, date, OfferState.InCart, Ruled(pricing, price, child, date), null)
                        : day.State switch
                        {
                            DayState.Bookable when price is not null => Offer(service, child, date, OfferState.Free, Ruled(pricing, price, child, date), $"avant le {day.DeadlineLocal!.Value.ToString("ddd dd/MM 'à' HH'h'mm", French)}"),
                            DayState.Closed => Offer(service, child, date, OfferState.Closed, null, day.Reason),
                            _ => Offer(service, child, date, OfferState.TooLate, null, null),
                        }) with { PostPaid = monthly });
                }
            }
        }

        return offers;
    }

    public async Task<AppResult<ChoicesBooked>> BookAsync(Guid familyId, IReadOnlyList<OfferChoice> choices, CancellationToken cancellationToken)
    {
        var prepared = await OfferChoices.PrepareEachServiceAsync(choices, (serviceId, mine) =>
            bookings.PrepareAsync(familyId, serviceId, mine.Select(c => (c.ChildId, c.Date)).ToList(), cancellationToken));
        if (!prepared.Succeeded)
        {
            return AppResult<ChoicesBooked>.Invalid(prepared.Errors);
        }

        return await bookings.CommitAsync(familyId, prepared.Value!, cancellationToken);
    }

    public Task<AppResult<long>> CancelAsync(Guid familyId, Guid lineId, CancellationToken cancellationToken) =>
        bookings.CancelAsync(familyId, lineId, cancellationToken);

    private static long? Ruled(FamilyPricing pricing, long? price, Guid child, DateOnly date) =>
        price is { } cents ? pricing.Price(cents, child, date).Cents : null;

    private static CalendarOffer Offer(ServiceSummary service, Guid child, DateOnly date, OfferState state, long? price, string? note) =>
        new(service.Id, service.Name, child, date, null, "Repas", null, null, state, price, note);
}
