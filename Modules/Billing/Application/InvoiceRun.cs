using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Core.Application;
using Platform.Core.Billing;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

/// <param name="Issued">Invoices written by this run.</param>
/// <param name="AlreadyIssued">Invoices of the month issued before this run.</param>
public sealed record RunReport(DateOnly Period, int Issued, int AlreadyIssued, long IssuedCents);

/// <summary>The monthly run of a régie: one invoice per family for the post-paid charges of every module up to the end
/// of the month (those a previous run did not bill: a presence recorded late goes on the next invoice), less the
/// family's credits at that régie. A charge of a service no longer offered (its module disabled) waits for a later run. Safe to repeat and to run twice at once: an invoice per family and month, a charge
/// on one invoice (unique keys), each number taken in the transaction that writes its invoice.</summary>
public sealed class InvoiceRun(
    BillingDbContext db, IEnumerable<IInvoiceCharges> sources, IFamilyDirectory families, IServiceCatalog catalog, InvoiceNotices notices,
    TimeProvider clock, ILogger<InvoiceRun> logger)
{
    /// <summary>How far back a run looks for charges no invoice took yet.</summary>
    public const int LookBackMonths = 3;

    private const int FamiliesPerTransaction = 100;

    /// <summary>A concurrent run can take a chunk's families a few times at most; beyond, the failure is not a race.</summary>
    private const int MaxAttempts = 5;

    /// <param name="issuedOn">Today, but in the demo, which invoices past months as if on their time.</param>
    public async Task<RunReport> RunAsync(Guid regieId, DateOnly month, CancellationToken cancellationToken, DateOnly? issuedOn = null)
    {
        var period = new DateOnly(month.Year, month.Month, 1);
        var until = period.AddMonths(1);
        var from = period.AddMonths(-LookBackMonths);
        var charges = new List<InvoiceCharge>();
        foreach (var source in sources)
        {
            charges.AddRange(await source.ChargesAsync(regieId, from, until, cancellationToken));
        }

        var billed = (await db.Lines.AsNoTracking()
                .Where(l => l.ChargeKey != null && l.Date >= from && l.Date < until && db.Invoices.Any(i => i.Id == l.InvoiceId && i.RegieId == regieId))
                .Select(l => l.ChargeKey!)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var communes = await CommunesAsync(charges, cancellationToken);
        var unplaced = charges.Count(c => !communes.ContainsKey(c.ServiceId));
        if (unplaced > 0)
        {
            logger.LogWarning("Invoice run of régie {Regie}: {Count} charges of services no longer offered are left for a later run.", regieId, unplaced);
        }

        var toBill = charges.Where(c => !billed.Contains(c.Key) && communes.ContainsKey(c.ServiceId)).GroupBy(c => c.FamilyId).ToDictionary(g => g.Key, g => g.ToList());
        var issueKey = IssueKeyOf(period);
        var alreadyIssued = await db.Invoices.CountAsync(i => i.RegieId == regieId && i.IssueKey == issueKey, cancellationToken);
        var names = await families.ChildrenAsync(toBill.Keys.ToList(), cancellationToken);
        var terms = await db.Profiles.AsNoTracking().Where(p => p.RegieId == regieId).Select(p => (int?)p.PaymentTermDays).SingleOrDefaultAsync(cancellationToken) ?? 15;

        var issued = 0;
        var issuedCents = 0L;
        foreach (var chunk in toBill.Keys.Order().Chunk(FamiliesPerTransaction))
        {
            var (count, cents) = await IssueChunkAsync(regieId, period, issueKey, chunk, toBill, names, communes, terms, issuedOn, cancellationToken);
            issued += count;
            issuedCents += cents;
        }

        logger.LogInformation("Invoice run of régie {Regie} for {Period}: {Issued} invoices issued ({Cents} cents), {Already} already issued.",
            regieId, issueKey, issued, issuedCents, alreadyIssued);
        await notices.SendPendingAsync(regieId, cancellationToken);
        return new RunReport(period, issued, alreadyIssued, issuedCents);
    }

    public static string IssueKeyOf(DateOnly period) => period.ToString("yyyy-MM");

    /// <summary>Writes the invoices of some families in one transaction; when a concurrent run issued one of them
    /// meanwhile, everything rolls back (numbers included) and the others are written again.</summary>
    private async Task<(int Count, long Cents)> IssueChunkAsync(
        Guid regieId, DateOnly period, string issueKey, IReadOnlyList<Guid> familyIds, Dictionary<Guid, List<InvoiceCharge>> toBill,
        IReadOnlyDictionary<Guid, ChildSummary> names, IReadOnlyDictionary<Guid, string> communes, int terms, DateOnly? issuedOn,
        CancellationToken cancellationToken)
    {
        var pending = familyIds.ToList();
        for (var attempt = 1; ; attempt++)
        {
            pending = pending.Except(await IssuedAsync(regieId, issueKey, pending, cancellationToken)).ToList();
            if (pending.Count == 0)
            {
                return (0, 0);
            }

            var today = issuedOn ?? ParisTime.Today(clock);
            var now = clock.GetUtcNow().UtcDateTime;
            var credits = await db.Credits.Where(c => c.RegieId == regieId && pending.Contains(c.FamilyId) && c.UsedByInvoiceId == null)
                .OrderBy(c => c.CreatedAtUtc).ToListAsync(cancellationToken);
            List<string?> absenceKeys = [.. credits.Select(AbsenceChargeKey).OfType<string>()];
            var invoicedKeys = (await db.Lines.Where(l => absenceKeys.Contains(l.ChargeKey)).Select(l => l.ChargeKey).ToListAsync(cancellationToken)).ToHashSet();
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var first = await InvoiceNumbers.TakeAsync(db, regieId, today.Year, pending.Count, cancellationToken);
                var invoices = new List<Invoice>();
                foreach (var (familyId, index) in pending.Select((f, i) => (f, i)))
                {
                    var familyCharges = toBill[familyId];
                    var invoice = new Invoice
                    {
                        Id = Guid.NewGuid(), RegieId = regieId, FamilyId = familyId, Kind = InvoiceKind.Invoice, Year = today.Year, Sequence = first + index,
                        Number = InvoiceNumbers.Format(InvoiceKind.Invoice, today.Year, first + index), IssueKey = issueKey, Period = period,
                        Commune = communes[familyCharges[0].ServiceId], IssuedOn = today, DueOn = today.AddDays(terms),
                        Reason = $"Facture de {FrenchMonths.Name(period)}", CreatedAtUtc = now,
                    };
                    invoice.Lines.AddRange(familyCharges.OrderBy(c => c.Date).ThenBy(c => c.ChildId).ThenBy(c => c.Label).Select(c => new InvoiceLine
                    {
                        Id = Guid.NewGuid(), ChargeKey = c.Key, ServiceId = c.ServiceId, ChildId = c.ChildId, Date = c.Date, Label = c.Label,
                        ChildName = c.ChildId is { } child && names.TryGetValue(child, out var name) ? name.FirstName : null,
                        Quantity = c.Quantity, UnitCents = c.UnitCents, TotalCents = c.UnitCents * c.Quantity,
                    }));
                    var billedKeys = familyCharges.Select(c => c.Key).ToHashSet();
                    SetAgainstCredits(
                        invoice,
                        credits.Where(c => c.FamilyId == familyId && (AbsenceChargeKey(c) is not { } key || billedKeys.Contains(key) || invoicedKeys.Contains(key))),
                        today,
                        now);
                    invoice.TotalCents = invoice.Lines.Sum(l => l.TotalCents);
                    invoices.Add(invoice);
                }

                db.Invoices.AddRange(invoices);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return (invoices.Count, invoices.Sum(i => i.TotalCents));
            }
            catch (DbUpdateException e) when (attempt < MaxAttempts)
            {
                db.ChangeTracker.Clear();
                logger.LogInformation(e, "Invoice run of régie {Regie} for {Period}: another run issued some of these invoices; the others are written again.", regieId, issueKey);
            }
        }
    }

    /// <summary>The day an absence credit gives back: it is set only against an invoice once that day is billed (this
    /// invoice or an earlier one), so a day cancelled after the absence was reported is never both unbilled and credited.</summary>
    private static string? AbsenceChargeKey(BillingCredit credit) =>
        credit.Reference.StartsWith(Absences.FamilyAbsences.ReferencePrefix, StringComparison.Ordinal) ? credit.Reference[Absences.FamilyAbsences.ReferencePrefix.Length..] : null;

    /// <summary>The family's credits at this régie become negative lines, up to what the month costs; a credit larger
    /// than what is left is split, its remainder waiting for the next invoice.</summary>
    private void SetAgainstCredits(Invoice invoice, IEnumerable<BillingCredit> credits, DateOnly today, DateTime now)
    {
        var left = invoice.Lines.Sum(l => l.TotalCents);
        foreach (var credit in credits)
        {
            if (left <= 0)
            {
                break;
            }

            if (credit.Cents > left)
            {
                db.Credits.Add(new BillingCredit
                {
                    Id = Guid.NewGuid(), RegieId = credit.RegieId, FamilyId = credit.FamilyId, Cents = credit.Cents - left, Reason = credit.Reason,
                    Reference = $"rest:{credit.Id:N}", CreatedAtUtc = credit.CreatedAtUtc,
                });
                credit.Cents = left;
            }

            credit.UsedByInvoiceId = invoice.Id;
            left -= credit.Cents;
            invoice.Lines.Add(new InvoiceLine
            {
                Id = Guid.NewGuid(), ChargeKey = $"credit:{credit.Id}", Date = today, Label = $"Avoir : {credit.Reason}", Quantity = 1,
                UnitCents = -credit.Cents, TotalCents = -credit.Cents,
            });
        }
    }

    private async Task<HashSet<Guid>> IssuedAsync(Guid regieId, string issueKey, IEnumerable<Guid> familyIds, CancellationToken cancellationToken)
    {
        var ids = familyIds.ToList();
        var issued = new HashSet<Guid>();
        foreach (var chunk in ids.Chunk(500))
        {
            issued.UnionWith(await db.Invoices.AsNoTracking()
                .Where(i => i.RegieId == regieId && i.IssueKey == issueKey && chunk.Contains(i.FamilyId)).Select(i => i.FamilyId).ToListAsync(cancellationToken));
        }

        return issued;
    }

    private async Task<IReadOnlyDictionary<Guid, string>> CommunesAsync(IEnumerable<InvoiceCharge> charges, CancellationToken cancellationToken)
    {
        var communes = new Dictionary<Guid, string>();
        foreach (var serviceId in charges.Select(c => c.ServiceId).Distinct())
        {
            if (await catalog.FindAsync(serviceId, cancellationToken) is { } service)
            {
                communes[serviceId] = service.Commune;
            }
        }

        return communes;
    }
}
