using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Ordering;

public sealed class CartLine
{
    public Guid Id { get; set; }

    public Guid FamilyId { get; set; }

    public required string ModuleId { get; set; }

    public Guid ServiceId { get; set; }

    public Guid RegieId { get; set; }

    public required string Commune { get; set; }

    public Guid? ChildId { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>The slot or session booked that day, for modules whose day holds several.</summary>
    public Guid? ItemId { get; set; }

    public Guid? TariffCategoryId { get; set; }

    /// <summary>The tariff rule that adjusted the price (quotient familial, siblings); null for the module's own price.</summary>
    public string? PriceRule { get; set; }

    public required string Label { get; set; }

    public long UnitCents { get; set; }

    public int Quantity { get; set; }

    public DateTime AddedAtUtc { get; set; }
}

public enum OrderState
{
    PendingPayment,
    Paid,
    Expired,
    Cancelled,
}


/// <summary>What a family owes one régie for a checkout; paid by one payment.</summary>
public sealed class Order
{
    public Guid Id { get; set; }

    /// <summary>Its purpose (<see cref="Platform.Core.Ordering.IOrderPurpose.Kind"/>).</summary>
    public string Kind { get; set; } = CartBookingPurpose.OrderKind;

    /// <summary>Short number the family and the régie quote: "C-" (booking) or "R-" (top-up), the day in Paris and the
    /// day's sequence ("C-20270520-00042"), from <see cref="OrderNumberCounter"/>: never twice.</summary>
    public required string Number { get; set; }

    public Guid FamilyId { get; set; }

    public Guid RegieId { get; set; }

    public required string Commune { get; set; }

    /// <summary>The debt it pays, quoted to the payment channel (an invoice number); null for a booking.</summary>
    public string? PaymentReference { get; set; }

    public OrderState State { get; set; }

    public long TotalCents { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Decides expiry: a payment confirmed after it is a late payment, never silently accepted.</summary>
    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? PaidAtUtc { get; set; }

    /// <summary>The payment that paid it: any other succeeded payment of the order is money to give back.</summary>
    public Guid? PaidByPaymentId { get; set; }

    /// <summary>The state the modules were last told about; differs from <see cref="State"/> until they are (outbox).</summary>
    public OrderState? ModulesNotifiedOf { get; set; }

    public List<OrderLine> Lines { get; set; } = [];
}

public sealed class OrderLine
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public required string ModuleId { get; set; }

    public Guid ServiceId { get; set; }

    public Guid? ChildId { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>The slot or session booked that day, for modules whose day holds several.</summary>
    public Guid? ItemId { get; set; }

    public Guid? TariffCategoryId { get; set; }

    /// <summary>The tariff rule that adjusted the price (quotient familial, siblings); null for the module's own price.</summary>
    public string? PriceRule { get; set; }

    public required string Label { get; set; }

    public long UnitCents { get; set; }

    public int Quantity { get; set; }

    public long TotalCents { get; set; }

    public long RefundedCents { get; set; }
}

/// <summary>One attempt to collect an order's amount through one provider.</summary>
public sealed class Payment
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    /// <summary>Set while the attempt is pending or succeeded: unique, so an order has one live payment at most.</summary>
    public Guid? ActiveOrderId { get; set; }

    public required string ProviderId { get; set; }

    public string? ProviderReference { get; set; }

    public PaymentState State { get; set; }

    public long AmountCents { get; set; }

    public long RefundedCents { get; set; }

    /// <summary>A verified success after the order expired, or a second success of a paid order: the money is real, it
    /// goes back to the family (wallet or card) and the agents are told (spec rule 3).</summary>
    public bool LateSuccess { get; set; }

    /// <summary>When the money of a late success was given back; null while a crash may have cut the give-back short
    /// (reconciliation does it again, idempotently).</summary>
    public DateTime? GivenBackAtUtc { get; set; }

    /// <summary>The provider reported another amount than asked: kept for review, state unchanged (spec rule 4).</summary>
    public bool Anomaly { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>Every provider event applied, once: a replayed callback finds its key and changes nothing.</summary>
public sealed class PaymentEvent
{
    public Guid Id { get; set; }

    public Guid PaymentId { get; set; }

    public required string ProviderId { get; set; }

    public required string EventKey { get; set; }

    public PaymentState State { get; set; }

    public DateTime ReceivedAtUtc { get; set; }
}

/// <summary>The last order number given on a day (Paris): incremented in the transaction that writes the order.</summary>
public sealed class OrderNumberCounter
{
    /// <summary>yyyyMMdd.</summary>
    public required string Day { get; set; }

    public int Last { get; set; }
}
