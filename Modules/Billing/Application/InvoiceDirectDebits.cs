using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Core.Application;
using Platform.Core.Billing;
using Platform.Core.Email;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

/// <param name="WithoutMandate">Invoices due whose family has no active mandate: left to pay another way.</param>
public sealed record DebitReport(int Scheduled, long ScheduledCents, int Refused, int WithoutMandate);

/// <summary>The monthly direct debit of what the régie's invoices still owe, for the families with an active mandate:
/// each debit is written here first (one on its way per invoice, a unique key), then handed to the direct-debit plugin,
/// which sends the pre-notification and puts it in the bank's next file. A debit is paid once its due date passes
/// (a payment is recorded with it); a reject or return from the bank makes the amount due again and tells the family.
/// A direct debit settles days later and is never "late".</summary>
public sealed class InvoiceDirectDebits(
    BillingDbContext db, IEnumerable<IDirectDebits> directDebits, RegieInvoices agents, InvoicePayments payments, IFamilyDirectory families,
    IEmailSender email, IPublicUrls urls, TimeProvider clock, ILogger<InvoiceDirectDebits> logger) : IDirectDebitOutcomes
{
    public async Task<AppResult<DebitReport>> ScheduleDueAsync(ClaimsPrincipal agent, Guid regieId, CancellationToken cancellationToken)
    {
        if (await agents.FindAsync(agent, regieId, cancellationToken) is not { } regie)
        {
            return AppResult<DebitReport>.NotFound();
        }

        if (directDebits.FirstOrDefault() is not { } plugin)
        {
            return AppResult<DebitReport>.Invalid("Regie", "Le prélèvement automatique n'est pas disponible sur ce portail.");
        }

        if (await db.PesSettings.AnyAsync(s => s.RegieId == regieId && s.TresorCollectsDebits, cancellationToken))
        {
            return AppResult<DebitReport>.Invalid("Regie", "Les prélèvements de cette régie sont faits par le Trésor public à partir du fichier PES : le portail n'en émet pas.");
        }

        var due = await db.Invoices.AsNoTracking()
            .Where(i => i.RegieId == regieId && i.Kind == InvoiceKind.Invoice && i.PaidCents < i.TotalCents && regie.Communes.Contains(i.Commune)
                        && !db.Debits.Any(d => d.OpenInvoiceId == i.Id))
            .ToListAsync(cancellationToken);
        return AppResult<DebitReport>.Ok(await ScheduleAsync(plugin, regieId, due, cancellationToken));
    }

    /// <summary>Debits these invoices (what each still owes) when their family has an active mandate.</summary>
    internal async Task<DebitReport> ScheduleAsync(IDirectDebits plugin, Guid regieId, IReadOnlyList<Invoice> due, CancellationToken cancellationToken)
    {
        var mandated = await plugin.MandatedFamiliesAsync(regieId, due.Select(i => i.FamilyId).Distinct().ToList(), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var debits = new List<InvoiceDebit>();
        foreach (var invoice in due.Where(i => mandated.Contains(i.FamilyId)))
        {
            var debit = new InvoiceDebit
            {
                Id = Guid.NewGuid(), InvoiceId = invoice.Id, OpenInvoiceId = invoice.Id, FamilyId = invoice.FamilyId, RegieId = regieId,
                Cents = invoice.TotalCents - invoice.PaidCents, State = InvoiceDebitState.Scheduled, CreatedAtUtc = now,
            };
            db.Debits.Add(debit);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                debits.Add(debit);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // another agent's click scheduled this invoice's debit meanwhile
            }
        }

        var (scheduled, refused) = await SendAsync(plugin, regieId, debits, cancellationToken);
        return new DebitReport(scheduled.Count, scheduled.Sum(d => d.Cents), refused, due.Count(i => !mandated.Contains(i.FamilyId)));
    }

    /// <summary>Daily: debits a stop left unsent go to the plugin, and those the bank was sent in a file are paid once
    /// their due date came (a debit never filed is never taken as paid).</summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        if (directDebits.FirstOrDefault() is not { } plugin)
        {
            return;
        }

        var open = await db.Debits.AsNoTracking().Where(d => d.State == InvoiceDebitState.Scheduled).ToListAsync(cancellationToken);
        foreach (var regie in open.Where(d => d.DueOn == null).GroupBy(d => d.RegieId))
        {
            await SendAsync(plugin, regie.Key, regie.ToList(), cancellationToken);
        }

        var today = ParisTime.Today(clock);
        var filed = await plugin.FiledAsync(open.Where(d => d.DueOn != null).Select(d => d.Id).ToList(), cancellationToken);
        foreach (var debit in open.Where(d => filed.TryGetValue(d.Id, out var dueOn) && dueOn <= today))
        {
            await payments.RecordAsync(debit.InvoiceId, PaymentChannels.DirectDebit, debit.Cents, $"debit:{debit.Id}", cancellationToken, async _ =>
                await db.Debits.Where(d => d.Id == debit.Id && d.State == InvoiceDebitState.Scheduled)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(d => d.State, InvoiceDebitState.Collected).SetProperty(d => d.OpenInvoiceId, (Guid?)null).SetProperty(d => d.DueOn, filed[debit.Id]),
                        cancellationToken) == 1);
        }
    }

    /// <summary>A reject before the due date closes the debit; a return after it was collected also takes its payment
    /// back. Each step is conditional on the state read, so a settlement running at the same moment is read again.</summary>
    public async Task ReturnedAsync(Guid debitId, string reasonCode, string reason, DateOnly returnedOn, CancellationToken cancellationToken)
    {
        var why = $"{reasonCode} – {reason}";
        while (true)
        {
            var debit = await db.Debits.AsNoTracking().SingleOrDefaultAsync(d => d.Id == debitId, cancellationToken);
            if (debit is null || debit.State is InvoiceDebitState.Returned or InvoiceDebitState.Refused)
            {
                return; // not Billing's debit, or already told
            }

            var from = debit.State;
            async Task<bool> MarkReturned() =>
                await db.Debits.Where(d => d.Id == debitId && d.State == from)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, InvoiceDebitState.Returned).SetProperty(d => d.OpenInvoiceId, (Guid?)null).SetProperty(d => d.Reason, why), cancellationToken) == 1;
            var done = from == InvoiceDebitState.Collected
                ? await payments.ReverseAsync(debit.InvoiceId, debit.Cents, $"debit:{debit.Id}", $"return:{debit.Id}", cancellationToken, MarkReturned) != PaymentRecorded.Refused
                : await MarkReturned();
            if (done)
            {
                await TellFamilyAsync(debit, why, cancellationToken);
                return;
            }
        }
    }

    private async Task TellFamilyAsync(InvoiceDebit debit, string why, CancellationToken cancellationToken)
    {
        var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == debit.InvoiceId, cancellationToken);
        try
        {
            foreach (var adult in (await families.FindAsync(debit.FamilyId, cancellationToken))?.AdultEmails ?? [])
            {
                await email.SendAsync(new EmailMessage(adult, $"Prélèvement non abouti – facture {invoice.Number}", $"""
                    Bonjour,

                    Le prélèvement de {Euros.Format(debit.Cents)} pour la facture {invoice.Number} nous a été renvoyé par votre banque ({why}).
                    Ce montant reste à payer : réglez-le en ligne depuis « Mes factures » ou à la régie.

                    {urls.For($"/factures/{invoice.Id}")}
                    """), cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Direct debit {Debit} of invoice {Number}: the family could not be told of its return.", debit.Id, invoice.Number);
        }

        logger.LogInformation("Direct debit {Debit} of invoice {Number} returned by the bank: {Reason}.", debit.Id, invoice.Number, why);
    }

    private async Task<(List<InvoiceDebit> Scheduled, int Refused)> SendAsync(IDirectDebits plugin, Guid regieId, List<InvoiceDebit> debits, CancellationToken cancellationToken)
    {
        var invoices = await db.Invoices.AsNoTracking().Where(i => debits.Select(d => d.InvoiceId).Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var requests = new List<DirectDebitRequest>();
        foreach (var debit in debits)
        {
            var invoice = invoices[debit.InvoiceId];
            var payer = (await families.FindAsync(debit.FamilyId, cancellationToken))?.AdultEmails.FirstOrDefault() ?? "";
            requests.Add(new DirectDebitRequest(debit.Id, debit.FamilyId, debit.Cents, invoice.Number, $"Facture {invoice.Number} de {FrenchMonths.Name(invoice.Period)}", payer));
        }

        var scheduled = new List<InvoiceDebit>();
        var refused = 0;
        foreach (var outcome in await plugin.ScheduleAsync(regieId, requests, cancellationToken))
        {
            if (outcome.DueOn is { } dueOn)
            {
                await db.Debits.Where(d => d.Id == outcome.DebitId).ExecuteUpdateAsync(s => s.SetProperty(d => d.DueOn, dueOn), cancellationToken);
                scheduled.Add(debits.Single(d => d.Id == outcome.DebitId));
            }
            else
            {
                refused++;
                await db.Debits.Where(d => d.Id == outcome.DebitId && d.State == InvoiceDebitState.Scheduled)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(d => d.State, InvoiceDebitState.Refused).SetProperty(d => d.OpenInvoiceId, (Guid?)null).SetProperty(d => d.Reason, outcome.Refusal),
                        cancellationToken);
            }
        }

        return (scheduled, refused);
    }
}

/// <summary>Every day at 06:00 UTC and at start-up: the direct debits' settlement (<see cref="InvoiceDirectDebits.SettleAsync"/>).</summary>
public sealed class DirectDebitsJob(InvoiceDirectDebits debits) : Core.Jobs.IModuleJob
{
    public const string JobKey = "billing:direct-debits";

    public static readonly Core.Jobs.ModuleJobSchedule Schedule = new(JobKey, "0 6 * * *") { AlsoAtStart = true };

    public string Key => JobKey;

    /// <summary>The debits are the régies', not the commune's: the first commune's run settles them, the others find nothing left.</summary>
    public Task ExecuteAsync(string commune, CancellationToken cancellationToken) => debits.SettleAsync(cancellationToken);
}
