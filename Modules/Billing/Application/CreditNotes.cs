using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

/// <summary>An agent corrects an issued invoice the only way public accounting allows: a credit note (avoir), numbered
/// in the régie's sequence, set against the invoice in the same transaction (what exceeds its amount due becomes a
/// credit on the next invoice).</summary>
public sealed class CreditNotes(BillingDbContext db, InvoicePayments payments, IRegieDirectory regies, InvoiceNotices notices, TimeProvider clock)
{
    public async Task<AppResult<InvoiceSummary>> IssueAsync(ClaimsPrincipal agent, Guid invoiceId, long cents, string? reason, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId && i.Kind == InvoiceKind.Invoice, cancellationToken);
        if (invoice is null || !(await regies.ForAgentAsync(agent, cancellationToken)).Any(r => r.Id == invoice.RegieId && r.Communes.Contains(invoice.Commune)))
        {
            return AppResult<InvoiceSummary>.NotFound();
        }

        var left = invoice.TotalCents - invoice.CreditedCents;
        var errors = new Errors();
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 150)
        {
            errors.Add("Reason", "Indiquez le motif de l'avoir (150 caractères au plus), il figure sur le document envoyé à la famille.");
        }

        if (left <= 0)
        {
            errors.Add("Cents", $"La facture {invoice.Number} est déjà entièrement annulée par ses avoirs.");
        }
        else if (cents <= 0 || cents > left)
        {
            errors.Add("Cents", $"Le montant de l'avoir doit être compris entre 0,01 € et {Euros.Format(left)} (montant de la facture {invoice.Number} pas encore annulé).");
        }

        if (await db.Debits.AnyAsync(d => d.OpenInvoiceId == invoice.Id, cancellationToken))
        {
            errors.Add("Invoice", $"La facture {invoice.Number} est en cours de prélèvement : émettez l'avoir après son échéance (il deviendra un crédit) ou après un rejet de la banque.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var note = new Invoice
        {
            Id = Guid.NewGuid(), RegieId = invoice.RegieId, FamilyId = invoice.FamilyId, Commune = invoice.Commune, Kind = InvoiceKind.CreditNote,
            Number = "", IssueKey = "", Period = invoice.Period, Reason = reason!.Trim(), CorrectsInvoiceId = invoice.Id, TotalCents = cents,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var recorded = await payments.RecordAsync(invoice.Id, PaymentChannels.CreditNote, cents, $"credit-note:{note.Id}", cancellationToken, async _ =>
        {
            // The limit is the database's: a second credit note sent at the same moment finds nothing left to cancel.
            if (await db.Invoices.Where(i => i.Id == invoice.Id && i.CreditedCents + cents <= i.TotalCents)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.CreditedCents, i => i.CreditedCents + cents), cancellationToken) == 0)
            {
                return false;
            }

            var today = ParisTime.Today(clock);
            note.Year = today.Year;
            note.Sequence = await InvoiceNumbers.TakeAsync(db, invoice.RegieId, today.Year, 1, cancellationToken);
            note.Number = note.IssueKey = InvoiceNumbers.Format(InvoiceKind.CreditNote, note.Year, note.Sequence);
            note.IssuedOn = note.DueOn = today;
            note.Lines = [new InvoiceLine { Id = Guid.NewGuid(), Date = today, Label = $"Avoir sur la facture {invoice.Number} : {note.Reason}", Quantity = 1, UnitCents = cents, TotalCents = cents }];
            db.Invoices.Add(note);
            return true;
        });
        if (recorded == PaymentRecorded.Refused)
        {
            return AppResult<InvoiceSummary>.Invalid("Cents", $"La facture {invoice.Number} vient d'être annulée par un autre avoir : rechargez-la.");
        }

        await notices.SendPendingAsync(invoice.RegieId, cancellationToken);
        return AppResult<InvoiceSummary>.Ok(FamilyInvoices.Summary(note, ParisTime.Today(clock)));
    }
}

/// <summary>How an invoice was paid, besides the payment providers' ids.</summary>
public static class PaymentChannels
{
    public const string CreditNote = "avoir";

    public const string Counter = "guichet";

    /// <summary>An online order (card or PayFiP): the host's order tells which.</summary>
    public const string Online = "en-ligne";

    public const string DirectDebit = "prelevement";

    /// <summary>A direct debit the bank returned: a negative payment.</summary>
    public const string Returned = "rejet";

    public static string Label(string channel) => channel switch
    {
        CreditNote => "Avoir",
        Counter => "Guichet",
        Online => "Paiement en ligne",
        DirectDebit => "Prélèvement",
        Returned => "Prélèvement rejeté par la banque",
        _ => channel,
    };
}
