using Microsoft.EntityFrameworkCore;
using Platform.Core.Billing;
using Platform.Core.Booking;
using Platform.Modules.Garderie.Data;

namespace Platform.Modules.Garderie.Application;

/// <summary>What the garderie bills monthly: care booked without payment (at its price, late-booking surcharge
/// included) and late pick-up charges.</summary>
internal sealed class GarderieCharges(GarderieDbContext db) : IInvoiceCharges
{
    public async Task<IReadOnlyList<InvoiceCharge>> ChargesAsync(Guid regieId, DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        var slots = await db.Slots.AsNoTracking()
            .Where(s => db.Bookings.Any(b => b.ItemId == s.Id && b.RegieId == regieId) || db.Attendances.Any(a => a.SlotId == s.Id && a.RegieId == regieId))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        var booked = await db.Bookings.AsNoTracking()
            .Where(b => b.RegieId == regieId && b.PostPaid && b.State == BookingState.Confirmed && b.Date >= from && b.Date < until)
            .Select(b => new { b.Id, b.FamilyId, b.ServiceId, b.ChildId, b.Date, b.ItemId, b.UnitCents, b.LateBooking, b.PriceRule })
            .ToListAsync(cancellationToken);
        var late = await db.Attendances.AsNoTracking()
            .Where(a => a.RegieId == regieId && a.LatePickupCents > 0 && a.Date >= from && a.Date < until)
            .ToListAsync(cancellationToken);

        var charges = booked.Select(b => new InvoiceCharge(
            $"garderie:booking:{b.Id}", b.FamilyId, b.ServiceId, b.ChildId, b.Date,
            $"{SlotName(slots, b.ItemId)}{(b.PriceRule is { } rule ? $" ({rule})" : "")}{(b.LateBooking ? " (réservé après le délai)" : "")}", 1, b.UnitCents)
        {
            IsBookedDay = true,
        }).ToList();
        charges.AddRange(late.Select(a => new InvoiceCharge(
            $"garderie:late:{a.Id}", a.FamilyId, a.ServiceId, a.ChildId, a.Date,
            $"Retard à la sortie, départ à {a.LeftAt:HH\\:mm} ({SlotName(slots, a.SlotId)})", 1, a.LatePickupCents)));
        return charges;
    }

    private static string SlotName(IReadOnlyDictionary<Guid, CareSlot> slots, Guid? slotId) =>
        slotId is { } id && slots.TryGetValue(id, out var slot) ? $"Garderie – {slot.Label} {slot.Start:HH\\:mm}-{slot.End:HH\\:mm}" : "Garderie";
}
