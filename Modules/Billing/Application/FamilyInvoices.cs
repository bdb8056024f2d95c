using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

public enum InvoiceStatus
{
    ToPay,
    Paid,

    /// <summary>Past its due date and not paid in full.</summary>
    Unpaid,

    /// <summary>A credit note: nothing to pay.</summary>
    CreditNote,

    /// <summary>What it owes is being debited on the family's mandate.</summary>
    InDirectDebit,
}

public sealed record InvoiceSummary(
    Guid Id, string Number, InvoiceKind Kind, Guid RegieId, DateOnly Period, DateOnly IssuedOn, DateOnly DueOn, long TotalCents, long PaidCents, InvoiceStatus Status)
{
    public long DueCents => Kind == InvoiceKind.Invoice ? TotalCents - PaidCents : 0;

    public string StatusLabel => Status switch
    {
        InvoiceStatus.Paid => "Payée",
        InvoiceStatus.Unpaid => "Impayée",
        InvoiceStatus.CreditNote => "Avoir",
        InvoiceStatus.InDirectDebit => "En prélèvement",
        _ => "À payer",
    };

    /// <summary>The host's colour for the state (the label says it too).</summary>
    public string StatusClass => Status switch
    {
        InvoiceStatus.Paid => "status-validated",
        InvoiceStatus.Unpaid => "status-refused",
        InvoiceStatus.ToPay or InvoiceStatus.InDirectDebit => "status-pending",
        _ => "",
    };
}

public sealed record InvoiceLineView(DateOnly Date, string? ChildName, string Label, int Quantity, long UnitCents, long TotalCents);

public sealed record InvoicePaymentView(DateTime ReceivedAtUtc, string Channel, long Cents);

public sealed record InvoiceDetail(InvoiceSummary Summary, string Reason, string? CorrectsNumber, IReadOnlyList<InvoiceLineView> Lines, IReadOnlyList<InvoicePaymentView> Payments)
{
    /// <summary>The lines of one child at one price gathered, with their days: what a parent reads on a phone.</summary>
    public IReadOnlyList<InvoiceLineGroup> Groups => Lines
        .GroupBy(l => (l.ChildName, l.Label, l.UnitCents))
        .Select(g => new InvoiceLineGroup(g.Key.ChildName, g.Key.Label, g.Key.UnitCents, g.Sum(l => l.Quantity), g.Sum(l => l.TotalCents), g.Select(l => l.Date).ToList()))
        .ToList();
}

public sealed record InvoiceLineGroup(string? ChildName, string Label, long UnitCents, int Quantity, long TotalCents, IReadOnlyList<DateOnly> Dates);

/// <summary>A family's invoices and credit notes, and what it still owes ("restant dû").</summary>
public sealed class FamilyInvoices(BillingDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<InvoiceSummary>> ListAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.FamilyId == familyId)
            .OrderByDescending(i => i.IssuedOn).ThenByDescending(i => i.Sequence).ToListAsync(cancellationToken);
        var debiting = await DebitingAsync(db.Debits.Where(d => d.FamilyId == familyId), cancellationToken);
        return invoices.Select(i => Summary(i, today, debiting.Contains(i.Id))).ToList();
    }

    /// <summary>What the family owes, all régies together; null when it never had an invoice.</summary>
    public async Task<long?> DueAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var invoices = db.Invoices.Where(i => i.FamilyId == familyId && i.Kind == InvoiceKind.Invoice);
        return await invoices.AnyAsync(cancellationToken) ? await invoices.SumAsync(i => i.TotalCents - i.PaidCents, cancellationToken) : null;
    }

    /// <summary>The family's credits waiting for its next invoice, by régie.</summary>
    public async Task<IReadOnlyDictionary<Guid, long>> CreditsAsync(Guid familyId, CancellationToken cancellationToken) =>
        (await db.Credits.AsNoTracking().Where(c => c.FamilyId == familyId && c.UsedByInvoiceId == null)
            .GroupBy(c => c.RegieId).Select(g => new { g.Key, Cents = g.Sum(c => c.Cents) }).ToListAsync(cancellationToken))
        .ToDictionary(c => c.Key, c => c.Cents);

    /// <summary>One invoice of the family (null when it is another family's).</summary>
    public async Task<InvoiceDetail?> FindAsync(Guid familyId, Guid invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == invoiceId && i.FamilyId == familyId, cancellationToken);
        return invoice is null ? null : await DetailAsync(invoice, cancellationToken);
    }

    internal async Task<InvoiceDetail> DetailAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        var payments = await db.Payments.AsNoTracking().Where(p => p.InvoiceId == invoice.Id).OrderBy(p => p.ReceivedAtUtc)
            .Select(p => new InvoicePaymentView(p.ReceivedAtUtc, p.Channel, p.Cents)).ToListAsync(cancellationToken);
        var corrects = invoice.CorrectsInvoiceId is { } id ? await db.Invoices.Where(i => i.Id == id).Select(i => i.Number).SingleAsync(cancellationToken) : null;
        var lines = invoice.Lines.OrderBy(l => l.TotalCents < 0).ThenBy(l => l.Date).ThenBy(l => l.ChildName).ThenBy(l => l.Label)
            .Select(l => new InvoiceLineView(l.Date, l.ChildName, l.Label, l.Quantity, l.UnitCents, l.TotalCents)).ToList();
        var debiting = await DebitingAsync(db.Debits.Where(d => d.InvoiceId == invoice.Id), cancellationToken);
        return new InvoiceDetail(Summary(invoice, ParisTime.Today(clock), debiting.Contains(invoice.Id)), invoice.Reason, corrects, lines, payments);
    }

    /// <summary>Of these debits, the invoices one is on its way for.</summary>
    internal static async Task<HashSet<Guid>> DebitingAsync(IQueryable<InvoiceDebit> debits, CancellationToken cancellationToken) =>
        (await debits.Where(d => d.OpenInvoiceId != null).Select(d => d.InvoiceId).ToListAsync(cancellationToken)).ToHashSet();

    internal static InvoiceSummary Summary(Invoice i, DateOnly today, bool debiting = false) => new(
        i.Id, i.Number, i.Kind, i.RegieId, i.Period, i.IssuedOn, i.DueOn, i.TotalCents, i.PaidCents,
        i.Kind == InvoiceKind.CreditNote ? InvoiceStatus.CreditNote
        : i.PaidCents >= i.TotalCents ? InvoiceStatus.Paid
        : debiting ? InvoiceStatus.InDirectDebit
        : i.DueOn < today ? InvoiceStatus.Unpaid
        : InvoiceStatus.ToPay);
}
