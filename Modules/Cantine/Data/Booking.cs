namespace Platform.Modules.Cantine.Data;

public enum BookingState
{
    /// <summary>Held by an order awaiting payment.</summary>
    PendingPayment,
    Confirmed,
    Cancelled,

    /// <summary>Its order expired unpaid.</summary>
    Released,
}

/// <summary>One meal for one child on one day, carrying what it was sold at (price, tariff, régie, order line).</summary>
public sealed class Booking
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public Guid FamilyId { get; set; }

    public Guid ChildId { get; set; }

    public DateOnly Date { get; set; }

    public BookingState State { get; set; }

    public Guid OrderId { get; set; }

    public Guid OrderLineId { get; set; }

    public Guid RegieId { get; set; }

    public Guid? TariffCategoryId { get; set; }

    public long UnitCents { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? CancelledAtUtc { get; set; }

    public string? CancellationReason { get; set; }

    /// <summary>When the cancelled meal's money went back; null between the cancellation and its refund, which the
    /// "refunds" job finishes if a crash cut the request short.</summary>
    public DateTime? RefundedAtUtc { get; set; }
}
