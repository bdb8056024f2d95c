using Platform.Core.Booking;

namespace Platform.Modules.Garderie.Data;

/// <summary>How a care service sells its slots. One per service.</summary>
public sealed class CareSettings
{
    public Guid ServiceId { get; set; }

    public BillingMode Billing { get; set; }

    /// <summary>When set, a slot can still be booked after the booking deadline, until it starts, at this surcharge
    /// (50 = +50 %); when null, the deadline is final.</summary>
    public int? LateBookingSurchargePercent { get; set; }

    /// <summary>Charged per started quarter of an hour when a child leaves after the slot's end; 0 for none.</summary>
    public long LatePickupCentsPerQuarter { get; set; }
}
