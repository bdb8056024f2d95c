namespace Platform.Core.Booking;

/// <summary>One booked item of a child, as a calendar shows it.</summary>
/// <param name="Id">Stable across updates (the calendar event's UID).</param>
/// <param name="Start">Null for an all-day item (a meal).</param>
public sealed record BookedItem(Guid Id, Guid ChildId, DateOnly Date, TimeOnly? Start, TimeOnly? End, string Summary, string? Place);

/// <summary>What a booking module has confirmed for a family, for the family's calendar feed. Implemented by each booking
/// module over its own lines; cancelled and released lines are not listed.</summary>
public interface IBookedItems
{
    Task<IReadOnlyList<BookedItem>> ForFamilyAsync(Guid familyId, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
