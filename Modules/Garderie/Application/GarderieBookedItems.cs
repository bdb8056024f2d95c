using Microsoft.EntityFrameworkCore;
using Platform.Core.Booking;
using Platform.Core.Tenancy;
using Platform.Modules.Garderie.Data;

namespace Platform.Modules.Garderie.Application;

/// <summary>The family's confirmed care slots, for its calendar feed: one timed event per child, day and slot.</summary>
public sealed class GarderieBookedItems(GarderieDbContext db, IServiceCatalog catalog, IFamilyDirectory families) : IBookedItems
{
    public async Task<IReadOnlyList<BookedItem>> ForFamilyAsync(Guid familyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var booked = await db.Bookings.AsNoTracking()
            .Where(b => b.FamilyId == familyId && b.State == BookingState.Confirmed && b.Date >= from && b.Date <= to)
            .OrderBy(b => b.Date)
            .ToListAsync(cancellationToken);
        var services = booked.Select(b => b.ServiceId).Distinct().ToList();
        var slots = await db.Slots.AsNoTracking().Where(s => services.Contains(s.ServiceId)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var names = new Dictionary<Guid, string>();
        foreach (var serviceId in services)
        {
            names[serviceId] = (await catalog.FindAsync(serviceId, cancellationToken))?.Name ?? "Garderie";
        }

        var children = (await families.ChildrenAsync([familyId], cancellationToken)).ToDictionary(c => c.Key, c => c.Value.FirstName);

        return booked.Select(b =>
        {
            var slot = slots[b.ItemId!.Value];
            return new BookedItem(
                b.Id, b.ChildId, b.Date, slot.Start, slot.End,
                $"Garderie {slot.Label.ToLowerInvariant()} – {children.GetValueOrDefault(b.ChildId, "enfant")} ({names[b.ServiceId]})", null);
        }).ToList();
    }
}
