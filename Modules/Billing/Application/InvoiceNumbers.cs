using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

/// <summary>The régie's numbering: one sequence a year for its invoices and credit notes, without gaps.</summary>
internal static class InvoiceNumbers
{
    /// <summary>Takes <paramref name="count"/> numbers and returns the first. Call it inside the transaction that writes
    /// their documents: the counter's row stays locked until it commits, and a rollback gives the numbers back.</summary>
    public static async Task<int> TakeAsync(BillingDbContext db, Guid regieId, int year, int count, CancellationToken cancellationToken)
    {
        var moved = await db.Counters.Where(c => c.RegieId == regieId && c.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + count), cancellationToken);
        if (moved == 0)
        {
            // The year's first number: a concurrent first run fails on the key and writes again.
            db.Counters.Add(new InvoiceCounter { RegieId = regieId, Year = year, Last = count });
            await db.SaveChangesAsync(cancellationToken);
            return 1;
        }

        var last = await db.Counters.Where(c => c.RegieId == regieId && c.Year == year).Select(c => c.Last).SingleAsync(cancellationToken);
        return last - count + 1;
    }

    /// <summary>"F2027-00042" for an invoice, "A2027-00043" for a credit note (avoir).</summary>
    public static string Format(InvoiceKind kind, int year, int sequence) =>
        $"{(kind == InvoiceKind.Invoice ? 'F' : 'A')}{year}-{sequence.ToString("D5", CultureInfo.InvariantCulture)}";

    /// <summary>The number as a debt reference, letters and digits only (PayFiP's refdet): "F202700042".</summary>
    public static string DebtReference(string number) => number.Replace("-", "", StringComparison.Ordinal);
}

internal static class FrenchMonths
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"mai 2027".</summary>
    public static string Name(DateOnly period) => period.ToString("MMMM yyyy", French);

    /// <summary>"Mai 2027".</summary>
    public static string Title(DateOnly period) => French.TextInfo.ToUpper(Name(period)[0]) + Name(period)[1..];
}
