namespace Platform.Core.Booking;

/// <summary>Seats a module counts for its lines (a sport session's): the kernel gives a line's seat back in the same
/// transaction as the line's release or cancellation, and takes it again when a refused refund restores the line.</summary>
public interface ISeatCounter
{
    Task GiveBackAsync(BookingLine line, CancellationToken cancellationToken);

    /// <summary>Takes the seat again, even past the capacity: the family paid for it and keeps it.</summary>
    Task RetakeAsync(BookingLine line, CancellationToken cancellationToken);
}
