using Platform.Core.Booking;

namespace Platform.Modules.Sport.Data;

/// <summary>A child's seat in a session: a booking line keyed by the session (<see cref="BookingLine.ItemId"/>) and the
/// child.</summary>
public sealed class SportBooking : BookingLine;
