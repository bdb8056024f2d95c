namespace Platform.Core.Booking;

/// <summary>How a service sells what it books. Platform API 1.6 (the Garderie's own setting before).</summary>
public enum BillingMode
{
    /// <summary>Paid when booked, through the cart.</summary>
    AtBooking,

    /// <summary>"Facturé au mois": booked without payment, reported to the Billing module and invoiced with the month.</summary>
    Monthly,
}
