using System.Globalization;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Ordering;
using Platform.Modules.Garderie.Data;

namespace Platform.Modules.Garderie.Application;

/// <summary>Holds, confirms and releases the care slots of an order for the host's checkout and payment. Each slot is
/// checked again: its day bookable, or still bookable late at the price the line carries.</summary>
public sealed class GarderieOrderLines(BookingLines<CareBooking> lines, GarderieDbContext db, GarderieSchedule schedule, GarderieSetup setup, TimeProvider clock)
    : DayLineHandler<CareBooking>(lines, schedule, clock)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private readonly HashSet<(Guid ServiceId, DateOnly Date, Guid SlotId)> bookedLate = [];

    public override string ModuleId => GarderieModule.ModuleId;

    protected override string TakenMeanwhile => "Un de ces créneaux de garderie vient d'être réservé par ailleurs : retirez-le de votre panier.";

    protected override CareBooking NewLine(OrderHoldLine line) =>
        new() { LateBooking = bookedLate.Contains((line.ServiceId, line.Date!.Value, line.ItemId!.Value)) };

    protected override string NoLongerBookable(CalendarDay day) => $"La garderie du {day.Date:dd/MM/yyyy} n'est plus réservable : {day.WhyNotBookable()}.";

    protected override async Task<Errors> CheckItemsAsync(IReadOnlyList<HeldItem> items, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        var now = UtcNow;
        foreach (var service in items.GroupBy(i => i.ServiceId))
        {
            var calendar = await schedule.CalendarAsync(service.Key, cancellationToken);
            var settings = await setup.SettingsAsync(service.Key, cancellationToken);
            var slots = (await setup.SlotsAsync(service.Key, cancellationToken)).ToDictionary(s => s.Id);
            var family = service.First().FamilyId;
            var pricing = await schedule.PricingAsync(
                db.Bookings, service.Key, family, service.Select(i => (i.ChildId, i.Date)).ToList(), service.Min(i => i.Date), service.Max(i => i.Date), cancellationToken);
            foreach (var item in service.OrderBy(i => i.Date))
            {
                if (item.ItemId is not { } slotId || !slots.TryGetValue(slotId, out var slot))
                {
                    errors.Add("Order", $"Un créneau de garderie du {item.Date:dd/MM/yyyy} n'existe plus : retirez-le de votre panier.");
                    continue;
                }

                var offer = CareOffers.Offer(calendar.Day(item.Date, now), slot, settings, now);
                if (!offer.CanBook)
                {
                    errors.Add("Order", $"Le créneau « {slot.Label} » du {item.Date.ToString("dddd dd/MM/yyyy", French)} n'est plus réservable : {offer.WhyNotBookable()}.");
                }
                else if (offer.State == SlotState.LateBookable)
                {
                    var tariff = item.TariffCategoryId is { } t ? await schedule.PriceAsync(service.Key, t, slotId, cancellationToken) : null;
                    if (tariff is null || item.UnitCents < CareOffers.Price(pricing.Price(tariff.Value, item.ChildId, item.Date).Cents, offer, settings))
                    {
                        errors.Add("Order", $"Le délai de réservation du créneau « {slot.Label} » du {item.Date:dd/MM/yyyy} est passé : retirez-le de votre panier et réservez-le à nouveau, au tarif des réservations tardives.");
                    }
                    else
                    {
                        bookedLate.Add((service.Key, item.Date, slotId));
                    }
                }
            }
        }

        return errors;
    }
}
