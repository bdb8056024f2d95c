namespace Platform.Core.Ordering;

/// <summary>What an order is for. Checkout, payment, expiry and refunds run the same way for every purpose; its texts and
/// the channels that may pay it come from whoever places it: the host's cart for bookings, a module for what it sells
/// alone (the Wallet module's top-ups; Billing's invoices next).</summary>
public interface IOrderPurpose
{
    /// <summary>Stored on the order (20 characters at most): "Booking" for the cart's orders.</summary>
    string Kind { get; }

    /// <summary>The order page's heading: "Commande", "Recharge du porte-monnaie".</summary>
    string Title { get; }

    /// <summary>First letter of the order number ("C-20270520-00001").</summary>
    string NumberPrefix { get; }

    /// <summary>False when no instant channel may pay it: the wallet cannot pay its own top-up.</summary>
    bool InstantChannels { get; }

    /// <summary>Ends "À régler avant 11:00 le 20/05, sinon …": "la réservation est annulée".</summary>
    string IfUnpaid { get; }

    /// <summary>What giving it up does, said under the button.</summary>
    string WhenAbandoned { get; }

    /// <summary>Its lines go back to the parent's cart when it is given up.</summary>
    bool BackToCart { get; }

    /// <summary>Said when its commune offers no online channel for it.</summary>
    string NoOnlineChannel { get; }

    /// <summary>Paid with the channels its commune enables for invoices (card, PayFiP), not those of the checkout.
    /// Platform API 1.5.</summary>
    bool PaysInvoices => false;

    /// <summary>A payment that succeeds after the order expired still pays it: what it pays (a debt) does not lapse.
    /// Platform API 1.5.</summary>
    bool PaidWhenLate => false;

    /// <summary>The receipt's subject, and what it says after "We received your payment of … for order …".</summary>
    (string Subject, string Text) Receipt(PaidOrder order);
}

public sealed record PaidOrder(string Number, long TotalCents, IReadOnlyList<PaidOrderLine> Lines);

public sealed record PaidOrderLine(string ModuleId, string Label, DateOnly? Date, int Quantity, long UnitCents, long TotalCents);

/// <summary>An order of one line placed without the cart (<see cref="IOrderDesk"/>).</summary>
/// <param name="Kind">The <see cref="IOrderPurpose.Kind"/> the placing module registered.</param>
public sealed record DirectOrder(string Kind, string ModuleId, Guid RegieId, string Commune, long Cents, string Label)
{
    /// <summary>What the order pays, handed back to the module's <see cref="IOrderLineHandler"/> as the line's
    /// <see cref="OrderHoldLine.ItemId"/> (an invoice). Platform API 1.5.</summary>
    public Guid? SubjectId { get; init; }

    /// <summary>The debt reference the payment channel quotes (PayFiP's refdet): letters and digits, 6 to 30; the
    /// channel makes its own when null. Platform API 1.5.</summary>
    public string? DebtReference { get; init; }
}
