using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

public sealed record AgentInvoiceRow(InvoiceSummary Invoice, Guid FamilyId, string FamilyName);

public sealed record RegieMonth(RegieSummary Regie, DateOnly Period, IReadOnlyList<AgentInvoiceRow> Invoices)
{
    public long TotalCents => Invoices.Where(i => i.Invoice.Kind == InvoiceKind.Invoice).Sum(i => i.Invoice.TotalCents);

    public long DueCents => Invoices.Sum(i => i.Invoice.DueCents);
}

/// <summary>The agent's side of invoicing: the régies an agent invoices for (a commune of theirs enables Billing), the
/// month's run, and the invoices of the families of the agent's communes. Another commune's régie or invoice is "not
/// found". The run itself is the régie's (all its communes), as the monthly job's.</summary>
public sealed class RegieInvoices(
    BillingDbContext db, IRegieDirectory regies, IPlatformFeatures features, IFamilyDirectory families, InvoiceRun run, InvoicePayments payments, TimeProvider clock)
{
    public async Task<IReadOnlyList<RegieSummary>> ForAgentAsync(ClaimsPrincipal agent, CancellationToken cancellationToken)
    {
        var invoicing = new List<RegieSummary>();
        foreach (var regie in await regies.ForAgentAsync(agent, cancellationToken))
        {
            foreach (var commune in regie.Communes)
            {
                if (await features.IsModuleEnabledAsync(commune, BillingModule.ModuleId, cancellationToken))
                {
                    invoicing.Add(regie);
                    break;
                }
            }
        }

        return invoicing;
    }

    public async Task<RegieSummary?> FindAsync(ClaimsPrincipal agent, Guid regieId, CancellationToken cancellationToken) =>
        (await ForAgentAsync(agent, cancellationToken)).FirstOrDefault(r => r.Id == regieId);

    /// <summary>Whether the agent acts on this invoice: its régie, and the commune of its family's services.</summary>
    public async Task<bool> ServesAsync(ClaimsPrincipal agent, Invoice invoice, CancellationToken cancellationToken) =>
        await FindAsync(agent, invoice.RegieId, cancellationToken) is { } regie && regie.Communes.Contains(invoice.Commune);

    /// <param name="month">"2027-05".</param>
    public async Task<AppResult<RunReport>> RunAsync(ClaimsPrincipal agent, Guid regieId, string? month, CancellationToken cancellationToken)
    {
        if (await FindAsync(agent, regieId, cancellationToken) is null)
        {
            return AppResult<RunReport>.NotFound();
        }

        if (!ParisTime.TryParseMonth(month, out var period))
        {
            return AppResult<RunReport>.Invalid("Month", "Indiquez le mois à facturer au format AAAA-MM (2027-05).");
        }

        if (period >= new DateOnly(ParisTime.Today(clock).Year, ParisTime.Today(clock).Month, 1))
        {
            return AppResult<RunReport>.Invalid("Month", $"Le mois de {FrenchMonths.Name(period)} n'est pas terminé : il se facture à partir du 1er du mois suivant.");
        }

        return AppResult<RunReport>.Ok(await run.RunAsync(regieId, period, cancellationToken));
    }

    /// <param name="month">"2027-05".</param>
    public async Task<AppResult<RegieMonth>> MonthAsync(ClaimsPrincipal agent, Guid regieId, string? month, CancellationToken cancellationToken)
    {
        if (await FindAsync(agent, regieId, cancellationToken) is not { } regie)
        {
            return AppResult<RegieMonth>.NotFound();
        }

        if (!ParisTime.TryParseMonth(month, out var period))
        {
            return AppResult<RegieMonth>.Invalid("Month", "Indiquez le mois au format AAAA-MM (month=2027-05).");
        }

        var today = ParisTime.Today(clock);
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.RegieId == regieId && i.Period == period && regie.Communes.Contains(i.Commune))
            .OrderBy(i => i.Year).ThenBy(i => i.Sequence).ToListAsync(cancellationToken);
        var debiting = await FamilyInvoices.DebitingAsync(db.Debits.Where(d => d.RegieId == regieId), cancellationToken);
        var rows = new List<AgentInvoiceRow>();
        foreach (var invoice in invoices)
        {
            var name = (await families.FindAsync(invoice.FamilyId, cancellationToken))?.Name ?? "Famille inconnue";
            rows.Add(new AgentInvoiceRow(FamilyInvoices.Summary(invoice, today, debiting.Contains(invoice.Id)), invoice.FamilyId, name));
        }

        return AppResult<RegieMonth>.Ok(new RegieMonth(regie, period, rows));
    }

    /// <summary>Cash or a cheque received at the régie's counter for an invoice, once per receipt number of the régie;
    /// what exceeds the amount due becomes a credit on the family's next invoice.</summary>
    public async Task<AppResult<InvoiceSummary>> RecordCounterPaymentAsync(
        ClaimsPrincipal agent, Guid invoiceId, long cents, string? receipt, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId && i.Kind == InvoiceKind.Invoice, cancellationToken);
        if (invoice is null || !await ServesAsync(agent, invoice, cancellationToken))
        {
            return AppResult<InvoiceSummary>.NotFound();
        }

        var errors = new Errors();
        errors.Require("Receipt", receipt, "Indiquez le numéro du reçu remis à la famille.", 40);
        if (cents is <= 0 or > 1_000_000)
        {
            errors.Add("Cents", "Le montant reçu doit être compris entre 0,01 € et 10 000,00 €.");
        }

        if (await db.Debits.AnyAsync(d => d.OpenInvoiceId == invoice.Id, cancellationToken))
        {
            errors.Add("Invoice", $"La facture {invoice.Number} est en cours de prélèvement : attendez son échéance, ou enregistrez le paiement après un rejet de la banque.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var reference = $"guichet:{invoice.RegieId:N}:{receipt!.Trim()}";
        if (await payments.RecordAsync(invoice.Id, PaymentChannels.Counter, cents, reference, cancellationToken) == PaymentRecorded.AlreadyDone
            && !await db.Payments.AnyAsync(p => p.Reference == reference && p.InvoiceId == invoice.Id && p.Cents == cents, cancellationToken))
        {
            return AppResult<InvoiceSummary>.Invalid("Receipt", $"Le reçu {receipt.Trim()} a déjà servi pour un autre paiement de la régie : vérifiez son numéro.");
        }

        var updated = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == invoice.Id, cancellationToken);
        return AppResult<InvoiceSummary>.Ok(FamilyInvoices.Summary(updated, ParisTime.Today(clock)));
    }
}
