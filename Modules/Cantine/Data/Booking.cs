using Platform.Core.Booking;

namespace Platform.Modules.Cantine.Data;

/// <summary>One meal for one child on one day: a booking line keyed by service, child and date.</summary>
public sealed class Booking : BookingLine;
