namespace Platform.Core.Booking;

public enum BookingState
{
    /// <summary>Held by an order awaiting payment.</summary>
    PendingPayment,
    Confirmed,
    Cancelled,

    /// <summary>Its order expired unpaid.</summary>
    Released,
}

/// <summary>One booked item for one child (a meal, a care slot, a sport seat), carrying what it was sold at: price,
/// tariff category, régie and the order line that paid it. Each module derives its own line type, adds what keys it
/// (a slot, a session) and keeps it in its own table (<see cref="BookingModel.MapLines{TLine}"/>).</summary>
public abstract class BookingLine
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public Guid FamilyId { get; set; }

    public Guid ChildId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>What is booked that day when a day holds several (a care slot, a sport session); null for a meal.</summary>
    public Guid? ItemId { get; set; }

    public BookingState State { get; set; }

    public Guid OrderId { get; set; }

    public Guid OrderLineId { get; set; }

    public Guid RegieId { get; set; }

    public Guid? TariffCategoryId { get; set; }

    public long UnitCents { get; set; }

    /// <summary>The tariff rule that adjusted <see cref="UnitCents"/> when it was booked ("QF 620 € : 75 %"); null for
    /// the module's own price. Platform API 1.6.</summary>
    public string? PriceRule { get; set; }

    /// <summary>Booked without payment, kept for the monthly invoice of the régie (no order: <see cref="OrderId"/>
    /// and <see cref="OrderLineId"/> are empty).</summary>
    public bool PostPaid { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? CancelledAtUtc { get; set; }

    public string? CancellationReason { get; set; }

    /// <summary>When the cancelled line's money went back; null between the cancellation and its refund, which the
    /// module's refunds job finishes if a stop cut the request short.</summary>
    public DateTime? RefundedAtUtc { get; set; }
}
