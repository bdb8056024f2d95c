namespace Platform.Modules.Billing.Data;

public enum InvoiceKind
{
    Invoice,

    /// <summary>Cancels all or part of an issued invoice (an invoice is never changed once issued).</summary>
    CreditNote,
}

/// <summary>What a family owes one régie for a month (or, for a credit note, what the régie gives back on an invoice).
/// Immutable once written, but for <see cref="PaidCents"/>, which only its payments move.</summary>
public sealed class Invoice
{
    public Guid Id { get; set; }

    public Guid RegieId { get; set; }

    public Guid FamilyId { get; set; }

    /// <summary>The commune of its services: it decides the channels that may pay it.</summary>
    public required string Commune { get; set; }

    public InvoiceKind Kind { get; set; }

    /// <summary>With <see cref="Sequence"/>: the régie's gap-free numbering of the year ("F2027-00042").</summary>
    public int Year { get; set; }

    public int Sequence { get; set; }

    public required string Number { get; set; }

    /// <summary>Unique per régie and family, so a run repeated or run twice at once issues nothing twice: "2027-05" for
    /// the invoice of May 2027, the number of a credit note.</summary>
    public required string IssueKey { get; set; }

    /// <summary>The first day of the month billed.</summary>
    public DateOnly Period { get; set; }

    public DateOnly IssuedOn { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>Sum of the lines (never negative: credits beyond it stay on the family's account).</summary>
    public long TotalCents { get; set; }

    /// <summary>Payments and credit notes received for it, at most <see cref="TotalCents"/> (the rest is a credit).</summary>
    public long PaidCents { get; set; }

    /// <summary>What its credit notes cancelled, at most <see cref="TotalCents"/> (moved in the credit note's transaction).</summary>
    public long CreditedCents { get; set; }

    /// <summary>The invoice a credit note corrects.</summary>
    public Guid? CorrectsInvoiceId { get; set; }

    public required string Reason { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the family was told; null until then (a run after a stop sends what is left).</summary>
    public DateTime? NotifiedAtUtc { get; set; }

    /// <summary>The call that claimed its email (<see cref="Application.InvoiceNotices"/>).</summary>
    public Guid? NoticeClaim { get; set; }

    public List<InvoiceLine> Lines { get; set; } = [];
}

public sealed class InvoiceLine
{
    public Guid Id { get; set; }

    public Guid InvoiceId { get; set; }

    /// <summary>The module's charge (<see cref="Core.Billing.InvoiceCharge.Key"/>) or the credit used: unique, so nothing
    /// is billed twice. Null on a credit note's lines.</summary>
    public string? ChargeKey { get; set; }

    public Guid? ServiceId { get; set; }

    public Guid? ChildId { get; set; }

    public string? ChildName { get; set; }

    public DateOnly Date { get; set; }

    public required string Label { get; set; }

    public int Quantity { get; set; }

    public long UnitCents { get; set; }

    public long TotalCents { get; set; }
}

/// <summary>The last number given for a régie and year: taken in the transaction that writes the invoice, so a number is
/// used once and none is skipped.</summary>
public sealed class InvoiceCounter
{
    public Guid RegieId { get; set; }

    public int Year { get; set; }

    public int Last { get; set; }
}

/// <summary>Money a régie received for an invoice, or a credit note set against it.</summary>
public sealed class InvoicePayment
{
    public Guid Id { get; set; }

    public Guid InvoiceId { get; set; }

    public Guid FamilyId { get; set; }

    public Guid RegieId { get; set; }

    /// <summary>A payment provider's id, "guichet" or "avoir".</summary>
    public required string Channel { get; set; }

    /// <summary>What was received; what exceeded the amount due became a <see cref="BillingCredit"/>.</summary>
    public long Cents { get; set; }

    /// <summary>Unique: a payment reported twice is recorded once ("order:{id}", a receipt number).</summary>
    public required string Reference { get; set; }

    public DateTime ReceivedAtUtc { get; set; }
}

/// <summary>Money a régie owes a family (an overpayment, a refund it could not put in the wallet, an absence): set
/// against the family's next invoice at that régie only, public accounting keeping régies apart.</summary>
public sealed class BillingCredit
{
    public Guid Id { get; set; }

    public Guid RegieId { get; set; }

    public Guid FamilyId { get; set; }

    public long Cents { get; set; }

    public required string Reason { get; set; }

    /// <summary>Unique: the same credit is never granted twice.</summary>
    public required string Reference { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The invoice it was set against; null while it waits for one.</summary>
    public Guid? UsedByInvoiceId { get; set; }
}

/// <summary>What a régie prints on its invoices (address, payment terms) and the days its run waits.</summary>
public sealed class RegieBillingProfile
{
    public Guid RegieId { get; set; }

    /// <summary>Postal address lines, as printed under the régie's name.</summary>
    public required string Address { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>Days between the invoice's date and its due date.</summary>
    public int PaymentTermDays { get; set; } = 15;
}

/// <summary>An order the family placed to pay (part of) an invoice online: which invoice and how much.</summary>
public sealed class InvoiceOrder
{
    public Guid OrderId { get; set; }

    public Guid InvoiceId { get; set; }

    public Guid FamilyId { get; set; }

    public long Cents { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

public enum InvoiceDebitState
{
    /// <summary>On its way: asked of the direct-debit plugin (<see cref="InvoiceDebit.DueOn"/> set once it accepted).</summary>
    Scheduled,

    /// <summary>Its due date passed without a reject: paid (an <see cref="InvoicePayment"/> was recorded with it).</summary>
    Collected,

    /// <summary>Refused before it was scheduled (no active mandate any more).</summary>
    Refused,

    /// <summary>Rejected or returned by the bank: the amount is due again.</summary>
    Returned,
}

/// <summary>A direct debit of what an invoice still owes, on the family's mandate.</summary>
public sealed class InvoiceDebit
{
    /// <summary>Also the debit's end-to-end id at the bank.</summary>
    public Guid Id { get; set; }

    public Guid InvoiceId { get; set; }

    public Guid FamilyId { get; set; }

    public Guid RegieId { get; set; }

    public long Cents { get; set; }

    public InvoiceDebitState State { get; set; }

    /// <summary>The invoice while the debit is <see cref="InvoiceDebitState.Scheduled"/>, null after: unique, so an
    /// invoice has one debit on its way at most.</summary>
    public Guid? OpenInvoiceId { get; set; }

    public DateOnly? DueOn { get; set; }

    public string? Reason { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>A régie's codes for the public accountant's PES V2 export (see <see cref="Exports.PesSettings"/>).</summary>
public sealed class RegiePesSettings
{
    public Guid RegieId { get; set; }

    public required string IdPost { get; set; }

    public required string IdColl { get; set; }

    public required string CodCol { get; set; }

    public required string CodBud { get; set; }

    public required string LibelleColBud { get; set; }

    public required string CodProdLoc { get; set; }

    public required string Nature { get; set; }

    /// <summary>The Trésor debits the families with a mandate from the PES file; the portal then makes no debit file
    /// for the régie (a family is never debited twice).</summary>
    public bool TresorCollectsDebits { get; set; }
}

/// <summary>The rôle (ORMC bordereau) number a régie's month was given: a month exported again keeps it, and a number
/// is never given to two months of a year (Hélios rejects a known number as a duplicate).</summary>
public sealed class PesRole
{
    public Guid RegieId { get; set; }

    public int Exer { get; set; }

    public int IdBord { get; set; }

    public DateOnly Period { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
