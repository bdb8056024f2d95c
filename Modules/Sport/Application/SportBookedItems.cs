using Microsoft.EntityFrameworkCore;
using Platform.Core.Booking;
using Platform.Core.Tenancy;
using Platform.Modules.Sport.Data;

namespace Platform.Modules.Sport.Application;

/// <summary>The family's confirmed sessions, for its calendar feed: timed events at the activity's place.</summary>
public sealed class SportBookedItems(SportDbContext db, IFamilyDirectory families) : IBookedItems
{
    public async Task<IReadOnlyList<BookedItem>> ForFamilyAsync(Guid familyId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var booked = await db.Bookings.AsNoTracking()
            .Where(b => b.FamilyId == familyId && b.State == BookingState.Confirmed && b.Date >= from && b.Date <= to)
            .ToListAsync(cancellationToken);
        var ids = booked.Select(b => b.ItemId!.Value).ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var activityIds = sessions.Values.Select(s => s.ActivityId).Distinct().ToList();
        var activities = await db.Activities.AsNoTracking().Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var children = (await families.ChildrenAsync([familyId], cancellationToken)).ToDictionary(c => c.Key, c => c.Value.FirstName);

        return booked.OrderBy(b => b.Date).Select(b =>
        {
            var session = sessions[b.ItemId!.Value];
            var activity = activities[session.ActivityId];
            return new BookedItem(b.Id, b.ChildId, b.Date, session.Start, session.End, $"{activity.Name} – {children.GetValueOrDefault(b.ChildId, "enfant")}", activity.Place);
        }).ToList();
    }
}
