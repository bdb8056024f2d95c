using Microsoft.EntityFrameworkCore;
using Platform.Core.Booking;
using Platform.Core.Tenancy;
using Platform.Modules.Cantine.Data;

namespace Platform.Modules.Cantine.Application;

/// <summary>The family's confirmed meals, for its calendar feed: one all-day event per child and day, at the restaurant.</summary>
public sealed class CantineBookedItems(CantineDbContext db, IServiceCatalog catalog, IFamilyDirectory families) : IBookedItems
{
    public async Task<IReadOnlyList<BookedItem>> ForFamilyAsync(Guid familyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var meals = await db.Bookings.AsNoTracking()
            .Where(b => b.FamilyId == familyId && b.State == BookingState.Confirmed && b.Date >= from && b.Date <= to)
            .OrderBy(b => b.Date)
            .ToListAsync(cancellationToken);
        var services = meals.Select(m => m.ServiceId).Distinct().ToList();
        var restaurants = await db.Restaurants.AsNoTracking().Where(r => services.Contains(r.ServiceId)).ToDictionaryAsync(r => r.ServiceId, cancellationToken);
        var names = new Dictionary<Guid, string>();
        foreach (var serviceId in services)
        {
            names[serviceId] = (await catalog.FindAsync(serviceId, cancellationToken))?.Name ?? "Cantine";
        }

        var children = (await families.ChildrenAsync([familyId], cancellationToken)).ToDictionary(c => c.Key, c => c.Value.FirstName);

        return meals.Select(m => new BookedItem(
            m.Id, m.ChildId, m.Date, null, null,
            $"Repas – {children.GetValueOrDefault(m.ChildId, "enfant")} ({names[m.ServiceId]})",
            restaurants.GetValueOrDefault(m.ServiceId) is { } r ? string.Join(", ", new[] { r.Name, r.Address }.Where(p => !string.IsNullOrWhiteSpace(p))) : null)).ToList();
    }
}
