using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Application;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Exports;

public sealed record InvoiceRow(string Number, string Kind, string Family, DateOnly Period, DateOnly IssuedOn, DateOnly DueOn, long TotalCents, long PaidCents, long DueCents, string Status);

public sealed record PaymentRow(DateTime ReceivedAtUtc, string Invoice, string Family, string Channel, long Cents, string Reference);

/// <summary>A régie's month for its own accounts, for régies that do not send the PES file: the month's invoices and
/// credit notes, and the money received during the month (credit notes are not money), as CSV (French Excel: semicolons, comma decimals, UTF-8
/// with its mark) or as an Excel workbook of two sheets. The agent's communes' families only.</summary>
public sealed class AccountingExports(BillingDbContext db, RegieInvoices agents, IFamilyDirectory families)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async Task<AppResult<InvoiceFile>> CsvAsync(ClaimsPrincipal agent, Guid regieId, string? month, string? table, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(agent, regieId, month, cancellationToken);
        if (!rows.Succeeded)
        {
            return rows.IsNotFound ? AppResult<InvoiceFile>.NotFound() : AppResult<InvoiceFile>.Invalid(rows.Errors);
        }

        if (table is not ("factures" or "paiements"))
        {
            return AppResult<InvoiceFile>.Invalid("Table", "Choisissez « factures » ou « paiements ».");
        }

        var (period, invoices, payments) = rows.Value;
        var csv = new StringBuilder();
        if (table == "factures")
        {
            csv.AppendLine("Numéro;Type;Famille;Période;Émise le;Échéance;Montant;Réglé;Reste dû;État");
            foreach (var i in invoices)
            {
                csv.AppendLine(string.Join(';', Cell(i.Number), Cell(i.Kind), Cell(i.Family), Cell(FrenchMonths.Title(i.Period)), Day(i.IssuedOn), Day(i.DueOn), Euros(i.TotalCents), Euros(i.PaidCents), Euros(i.DueCents), Cell(i.Status)));
            }
        }
        else
        {
            csv.AppendLine("Date;Facture;Famille;Moyen;Montant;Référence");
            foreach (var p in payments)
            {
                csv.AppendLine(string.Join(';', Day(DateOnly.FromDateTime(ParisTime.ToParis(p.ReceivedAtUtc))), Cell(p.Invoice), Cell(p.Family), Cell(p.Channel), Euros(p.Cents), Cell(p.Reference)));
            }
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return AppResult<InvoiceFile>.Ok(new InvoiceFile($"{table}-{period:yyyy-MM}.csv", bytes));
    }

    public async Task<AppResult<InvoiceFile>> WorkbookAsync(ClaimsPrincipal agent, Guid regieId, string? month, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(agent, regieId, month, cancellationToken);
        if (!rows.Succeeded)
        {
            return rows.IsNotFound ? AppResult<InvoiceFile>.NotFound() : AppResult<InvoiceFile>.Invalid(rows.Errors);
        }

        var (period, invoices, payments) = rows.Value;
        return AppResult<InvoiceFile>.Ok(new InvoiceFile($"facturation-{period:yyyy-MM}.xlsx", ExcelWorkbook.Write(
        [
            new ExcelWorkbook.Sheet("Factures", ["Numéro", "Type", "Famille", "Période", "Émise le", "Échéance", "Montant (€)", "Réglé (€)", "Reste dû (€)", "État"],
                invoices.Select(i => new object[] { i.Number, i.Kind, i.Family, FrenchMonths.Title(i.Period), i.IssuedOn, i.DueOn, i.TotalCents / 100m, i.PaidCents / 100m, i.DueCents / 100m, i.Status }).ToList()),
            new ExcelWorkbook.Sheet("Paiements", ["Date", "Facture", "Famille", "Moyen", "Montant (€)", "Référence"],
                payments.Select(p => new object[] { DateOnly.FromDateTime(ParisTime.ToParis(p.ReceivedAtUtc)), p.Invoice, p.Family, p.Channel, p.Cents / 100m, p.Reference }).ToList()),
        ])));
    }

    private async Task<AppResult<(DateOnly Period, List<InvoiceRow> Invoices, List<PaymentRow> Payments)>> RowsAsync(
        ClaimsPrincipal agent, Guid regieId, string? month, CancellationToken cancellationToken)
    {
        var listed = await agents.MonthAsync(agent, regieId, month, cancellationToken);
        if (!listed.Succeeded)
        {
            return listed.IsNotFound ? AppResult<(DateOnly, List<InvoiceRow>, List<PaymentRow>)>.NotFound() : AppResult<(DateOnly, List<InvoiceRow>, List<PaymentRow>)>.Invalid(listed.Errors);
        }

        var regieMonth = listed.Value!;
        var invoices = regieMonth.Invoices.Select(r => new InvoiceRow(
            r.Invoice.Number, r.Invoice.Kind == InvoiceKind.CreditNote ? "Avoir" : "Facture", r.FamilyName, r.Invoice.Period, r.Invoice.IssuedOn, r.Invoice.DueOn,
            r.Invoice.TotalCents, r.Invoice.PaidCents, r.Invoice.DueCents, r.Invoice.StatusLabel)).ToList();

        var from = ParisTime.ToUtc(regieMonth.Period.ToDateTime(TimeOnly.MinValue));
        var until = ParisTime.ToUtc(regieMonth.Period.AddMonths(1).ToDateTime(TimeOnly.MinValue));
        var communes = regieMonth.Regie.Communes;
        var received = await db.Payments.AsNoTracking()
            .Where(p => p.RegieId == regieId && p.ReceivedAtUtc >= from && p.ReceivedAtUtc < until && p.Channel != PaymentChannels.CreditNote)
            .Join(db.Invoices.Where(i => communes.Contains(i.Commune)), p => p.InvoiceId, i => i.Id, (p, i) => new { p.ReceivedAtUtc, i.Number, i.FamilyId, p.Channel, p.Cents, p.Reference })
            .OrderBy(p => p.ReceivedAtUtc).ToListAsync(cancellationToken);
        var names = new Dictionary<Guid, string>();
        foreach (var familyId in received.Select(p => p.FamilyId).Distinct())
        {
            names[familyId] = (await families.FindAsync(familyId, cancellationToken))?.Name ?? "Famille inconnue";
        }

        var payments = received.Select(p => new PaymentRow(p.ReceivedAtUtc, p.Number, names[p.FamilyId], PaymentChannels.Label(p.Channel), p.Cents, p.Reference)).ToList();
        return AppResult<(DateOnly, List<InvoiceRow>, List<PaymentRow>)>.Ok((regieMonth.Period, invoices, payments));
    }

    /// <summary>A text cell: quoted when it holds a separator, a quote or a line break; a leading formula sign is
    /// neutralised so a spreadsheet never runs what a family typed.</summary>
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) ? $"'{value}" : value;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", French);

    private static string Euros(long cents) => (cents / 100m).ToString("0.00", French);
}
