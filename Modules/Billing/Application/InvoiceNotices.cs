using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Core.Application;
using Platform.Core.Email;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

/// <summary>Tells each family its invoice or credit note is out, once: documents are claimed by batches (a conditional
/// update stamping this call's claim), so two runs at once never both send one, and given back when sending fails,
/// for the next run. A stop between the claim and the sending loses those emails; the documents are in "Mes
/// factures" all the same.</summary>
public sealed class InvoiceNotices(BillingDbContext db, IFamilyDirectory families, IRegieDirectory regies, IEmailSender email, IPublicUrls urls,
    TimeProvider clock, ILogger<InvoiceNotices> logger)
{
    private const int PerClaim = 500;

    public async Task SendPendingAsync(Guid regieId, CancellationToken cancellationToken)
    {
        var regie = await regies.FindAsync(regieId, cancellationToken);
        var pending = await db.Invoices.AsNoTracking().Where(i => i.RegieId == regieId && i.NotifiedAtUtc == null)
            .OrderBy(i => i.Sequence).Select(i => i.Id).ToListAsync(cancellationToken);
        foreach (var batch in pending.Chunk(PerClaim))
        {
            var claim = Guid.NewGuid();
            await db.Invoices.Where(i => batch.Contains(i.Id) && i.NotifiedAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.NotifiedAtUtc, clock.GetUtcNow().UtcDateTime).SetProperty(i => i.NoticeClaim, claim), cancellationToken);
            foreach (var invoice in await db.Invoices.AsNoTracking().Where(i => i.NoticeClaim == claim).OrderBy(i => i.Sequence).ToListAsync(cancellationToken))
            {
                try
                {
                    foreach (var adult in (await families.FindAsync(invoice.FamilyId, cancellationToken))?.AdultEmails ?? [])
                    {
                        await email.SendAsync(Compose(adult, invoice, regie?.Name ?? "La régie"), cancellationToken);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Invoice {Number}: the family could not be emailed; tried again at the next run.", invoice.Number);
                    await db.Invoices.Where(i => i.Id == invoice.Id)
                        .ExecuteUpdateAsync(s => s.SetProperty(i => i.NotifiedAtUtc, (DateTime?)null).SetProperty(i => i.NoticeClaim, (Guid?)null), CancellationToken.None);
                }
            }
        }
    }

    private EmailMessage Compose(string to, Invoice invoice, string regieName)
    {
        var link = urls.For($"/factures/{invoice.Id}");
        var body = invoice.Kind == InvoiceKind.CreditNote
            ? $"""
               Bonjour,

               {regieName} vous adresse l'avoir {invoice.Number} de {Euros.Format(invoice.TotalCents)} ({invoice.Reason}).
               Il est déduit de ce qui vous reste à payer.

               Consultez-le et téléchargez-le : {link}
               """
            : $"""
               Bonjour,

               Votre facture {invoice.Number} de {FrenchMonths.Name(invoice.Period)} est disponible : {Euros.Format(invoice.TotalCents)}.
               {(invoice.TotalCents > invoice.PaidCents ? $"À régler avant le {invoice.DueOn:dd/MM/yyyy}." : "Vous n'avez rien à régler.")}

               Consultez-la, téléchargez-la et payez-la en ligne : {link}
               """;
        var subject = invoice.Kind == InvoiceKind.CreditNote
            ? $"Avoir {invoice.Number} – {regieName}"
            : $"Facture {invoice.Number} de {FrenchMonths.Name(invoice.Period)} – {regieName}";
        return new EmailMessage(to, subject, body);
    }
}
