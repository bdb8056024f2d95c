namespace Platform.Core.Billing;

/// <summary>Implemented by each module whose services bill after the fact (meals and care billed monthly, late
/// pick-up, a presence without booking): what the régie invoices, as the module priced it when it happened. Read by
/// the Billing module's monthly run, which never writes back: it keeps the <see cref="InvoiceCharge.Key"/> of each line
/// it invoiced, so a charge is billed once whatever the number of runs. Platform API 1.5.</summary>
public interface IInvoiceCharges
{
    /// <summary>The régie's charges dated in [<paramref name="from"/>, <paramref name="until"/>), invoiced or not.</summary>
    Task<IReadOnlyList<InvoiceCharge>> ChargesAsync(Guid regieId, DateOnly from, DateOnly until, CancellationToken cancellationToken);
}

/// <summary>One thing to bill to a family.</summary>
/// <param name="Key">Unique across modules and stable: "garderie:booking:{id}", "garderie:late:{id}".</param>
/// <param name="FamilyId">The family that booked it (for separated parents, the one billed).</param>
/// <param name="Label">What the family reads on the invoice ("Garderie du soir – 16:30-18:30").</param>
public sealed record InvoiceCharge(
    string Key,
    Guid FamilyId,
    Guid ServiceId,
    Guid? ChildId,
    DateOnly Date,
    string Label,
    int Quantity,
    long UnitCents)
{
    /// <summary>A booked day (a meal, a care slot), which a reported absence may credit; false for a penalty (a late
    /// pick-up). Platform API 1.6.</summary>
    public bool IsBookedDay { get; init; }
}
