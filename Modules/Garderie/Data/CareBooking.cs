using Platform.Core.Booking;

namespace Platform.Modules.Garderie.Data;

/// <summary>One slot of care for one child on one day: a booking line keyed by service, child, date and slot
/// (<see cref="BookingLine.ItemId"/>).</summary>
public sealed class CareBooking : BookingLine
{
    /// <summary>Booked after the deadline, at the service's surcharge (included in the unit price).</summary>
    public bool LateBooking { get; set; }
}
