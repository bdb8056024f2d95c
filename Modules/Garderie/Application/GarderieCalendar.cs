using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Modules.Garderie.Data;

namespace Platform.Modules.Garderie.Application;

/// <summary>The care slots in the family's calendar: one offer per child, served day and slot of each validated
/// garderie service.</summary>
public sealed class GarderieCalendar(
    GarderieDbContext db, GarderieSchedule schedule, GarderieSetup setup, GarderieBookings bookings, IFamilyDirectory families, ICart cart, TimeProvider clock)
    : IFamilyCalendar
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string ModuleId => GarderieModule.ModuleId;

    public async Task<IReadOnlyList<CalendarOffer>> OffersAsync(Guid familyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var offers = new List<CalendarOffer>();
        var now = clock.GetUtcNow().UtcDateTime;
        var inCart = (await cart.LinesAsync(familyId, ModuleId, cancellationToken)).Where(l => l.ChildId is not null && l.Date is not null && l.ItemId is not null)
            .Select(l => (l.ChildId!.Value, l.Date!.Value, l.ItemId!.Value)).ToHashSet();
        foreach (var service in (await families.ValidatedServicesAsync(familyId, cancellationToken)).Where(s => s.ModuleId == ModuleId))
        {
            var access = await families.ValidatedAccessAsync(familyId, service.Id, cancellationToken);
            var slots = await setup.SlotsAsync(service.Id, cancellationToken);
            if (access is null || slots.Count == 0)
            {
                continue;
            }

            var children = access.Children.Select(c => c.Id).ToList();
            var settings = await setup.SettingsAsync(service.Id, cancellationToken);
            var prices = await schedule.PricesAsync(service.Id, access.TariffCategoryId, cancellationToken);
            var pricing = await schedule.PricingAsync(db.Bookings, service.Id, familyId, [], from, to, cancellationToken);
            var calendar = await schedule.CalendarAsync(service.Id, cancellationToken);
            var cancellation = calendar.CancellationDeadline;
            var lines = await db.Bookings.AsNoTracking()
                .Where(b => b.ServiceId == service.Id && children.Contains(b.ChildId) && b.Date >= from && b.Date <= to
                            && (b.State == BookingState.PendingPayment || b.State == BookingState.Confirmed))
                .ToListAsync(cancellationToken);
            for (var date = from; date <= to; date = date.AddDays(1))
            {
                var day = calendar.Day(date, now);
                foreach (var offer in slots.Select(s => CareOffers.Offer(day, s, settings, now)).Where(o => o.State != SlotState.NotServed))
                {
                    foreach (var child in children)
                    {
                        var line = lines.FirstOrDefault(l => l.ChildId == child && l.Date == date && l.ItemId == offer.Slot.Id);
                        var price = prices.TryGetValue(offer.Slot.Id, out var cents) ? CareOffers.Price(pricing.Price(cents, child, date).Cents, offer, settings) : (long?)null;
                        offers.Add(line is not null
                            ? BookedOffers.For(Offer(service, offer.Slot, child, date, OfferState.Booked, null, null), line, familyId, cancellation?.OpenUntilLocal(date, now), "ce créneau reste dû")
                            : (inCart.Contains((child, date, offer.Slot.Id)) ? Offer(service, offer.Slot, child, date, OfferState.InCart, price, null)
                            : price is null ? Offer(service, offer.Slot, child, date, OfferState.TooLate, null, "prix pas encore fixé")
                            : offer.State switch
                            {
                                SlotState.Bookable => Offer(service, offer.Slot, child, date, OfferState.Free, price,
                                    $"avant le {day.DeadlineLocal!.Value.ToString("ddd dd/MM 'à' HH'h'mm", French)}"),
                                SlotState.LateBookable => Offer(service, offer.Slot, child, date, OfferState.Late, price,
                                    $"réservation tardive (+{settings.LateBookingSurchargePercent} %)"),
                                SlotState.Closed => Offer(service, offer.Slot, child, date, OfferState.Closed, null, offer.Reason),
                                _ => Offer(service, offer.Slot, child, date, OfferState.TooLate, null, null),
                            }) with { PostPaid = settings.Billing == BillingMode.Monthly });
                    }
                }
            }
        }

        return offers;
    }

    public async Task<AppResult<ChoicesBooked>> BookAsync(Guid familyId, IReadOnlyList<OfferChoice> choices, CancellationToken cancellationToken)
    {
        var prepared = await OfferChoices.PrepareEachServiceAsync(choices, (serviceId, mine) =>
            bookings.PrepareAsync(familyId, serviceId, mine.Select(c => new CareChoice(c.ChildId, c.Date, c.ItemId ?? Guid.Empty)).ToList(), cancellationToken));
        if (!prepared.Succeeded)
        {
            return AppResult<ChoicesBooked>.Invalid(prepared.Errors);
        }

        return await bookings.CommitAsync(familyId, prepared.Value!, cancellationToken);
    }

    public Task<AppResult<long>> CancelAsync(Guid familyId, Guid lineId, CancellationToken cancellationToken) =>
        bookings.CancelAsync(familyId, lineId, cancellationToken);

    private static string Kind(CareSlot slot) => $"Garderie {slot.Label.ToLower(French)}";

    private static CalendarOffer Offer(ServiceSummary service, CareSlot slot, Guid child, DateOnly date, OfferState state, long? price, string? note) =>
        new(service.Id, service.Name, child, date, slot.Id, Kind(slot), slot.Start, slot.End, state, price, note);
}
