using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Core.Application;
using Platform.Core.Billing;
using Platform.Core.Tenancy;
using Platform.PaymentProviders.Abstractions;
using Platform.PaymentProviders.Sepa.Data;
using Platform.PaymentProviders.Sepa.Domain;
using Platform.PaymentProviders.Sepa.Settings;

namespace Platform.PaymentProviders.Sepa.Application;

/// <summary>Billing's debits on the families' mandates: scheduled like a payment by direct debit (due date after the
/// régie's pre-notification delay, pre-notification emailed), then put in the régie's next pain.008 file.</summary>
internal sealed class SepaDirectDebits(
    SepaDbContext db, DirectDebitScheduler scheduler, IRegiePaymentSettings settings, TimeProvider clock, ILogger<SepaDirectDebits> logger) : IDirectDebits
{
    public async Task<IReadOnlySet<Guid>> MandatedFamiliesAsync(Guid regieId, IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken) =>
        (await ActiveAsync(regieId, familyIds, cancellationToken)).Select(m => m.FamilyId).ToHashSet();

    public async Task<IReadOnlyDictionary<Guid, DebitMandate>> MandatesAsync(Guid regieId, IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken) =>
        (await ActiveAsync(regieId, familyIds, cancellationToken))
            .GroupBy(m => m.FamilyId)
            .Select(g => g.OrderByDescending(m => m.SignedOn).First())
            .ToDictionary(m => m.FamilyId, m => new DebitMandate(m.Rum, m.SignedOn, m.Iban, m.Bic, m.DebtorName));

    public async Task<IReadOnlyDictionary<Guid, DateOnly>> FiledAsync(IReadOnlyCollection<Guid> debitIds, CancellationToken cancellationToken)
    {
        var filed = new Dictionary<Guid, DateOnly>();
        foreach (var chunk in debitIds.Chunk(500))
        {
            foreach (var row in await db.Collections.AsNoTracking()
                         .Where(c => chunk.Contains(c.PaymentId) && c.FileMessageId != null && c.ReturnedOn == null)
                         .Select(c => new { c.PaymentId, c.DueDate }).ToListAsync(cancellationToken))
            {
                filed[row.PaymentId] = row.DueDate;
            }
        }

        return filed;
    }

    private async Task<List<Mandate>> ActiveAsync(Guid regieId, IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        var active = new List<Mandate>();
        foreach (var chunk in familyIds.Chunk(500))
        {
            var mandates = await db.Mandates.AsNoTracking().Where(m => m.RegieId == regieId && chunk.Contains(m.FamilyId) && m.RevokedOn == null).ToListAsync(cancellationToken);
            active.AddRange(mandates.Where(m => m.StateOn(today) == MandateState.Active));
        }

        return active;
    }

    public async Task<IReadOnlyList<DirectDebitScheduled>> ScheduleAsync(Guid regieId, IReadOnlyList<DirectDebitRequest> debits, CancellationToken cancellationToken)
    {
        if (await settings.ForAsync(SepaPaymentProvider.ProviderId, regieId, cancellationToken) is not { } values
            || CreditorSettings.Read(new ProviderSettings(values), out _) is not { } creditor)
        {
            return debits.Select(d => new DirectDebitScheduled(d.DebitId, null, "Le prélèvement n'est pas configuré pour cette régie (créancier SEPA).")).ToList();
        }

        var scheduled = new List<DirectDebitScheduled>();
        foreach (var debit in debits)
        {
            PaymentStart start;
            try
            {
                start = await scheduler.ScheduleAsync(
                    new DebitToSchedule(debit.DebitId, regieId, debit.FamilyId, debit.Cents, debit.Reference, debit.Description, debit.PayerEmail), creditor, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Direct debit {Debit}: its pre-notification could not be sent; not scheduled.", debit.DebitId);
                start = new PaymentStart.Refused("L'avis de prélèvement n'a pas pu être envoyé à la famille : relancez le prélèvement plus tard.");
            }

            db.ChangeTracker.Clear();
            scheduled.Add(start is PaymentStart.Refused refused
                ? new DirectDebitScheduled(debit.DebitId, null, refused.Message)
                : new DirectDebitScheduled(debit.DebitId, await db.Collections.Where(c => c.PaymentId == debit.DebitId).Select(c => c.DueDate).SingleAsync(cancellationToken), null));
        }

        return scheduled;
    }
}
