using Microsoft.EntityFrameworkCore;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

/// <summary>The family's invoices, credit notes and the payments that are not online orders (the host lists those),
/// for "Mes commandes et factures".</summary>
public sealed class BillingHistory(BillingDbContext db, FamilyInvoices invoices, IRegieDirectory regies) : IAccountHistory
{
    public const int MaxEntries = 50;

    public async Task<IReadOnlyList<AccountEntry>> ForFamilyAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var documents = (await invoices.ListAsync(familyId, cancellationToken)).Take(MaxEntries).ToList();
        var names = new Dictionary<Guid, string>();
        foreach (var regieId in documents.Select(d => d.RegieId).Distinct())
        {
            names[regieId] = (await regies.FindAsync(regieId, cancellationToken))?.Name ?? "Régie";
        }

        var entries = documents.Select(d => new AccountEntry(
            d.IssuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            d.Kind == InvoiceKind.CreditNote ? "Avoir" : "Facture",
            d.Number,
            $"{names[d.RegieId]} · {FrenchMonths.Name(d.Period)}",
            d.Kind == InvoiceKind.CreditNote ? -d.TotalCents : d.TotalCents,
            d.StatusLabel,
            d.StatusClass,
            $"/factures/{d.Id}",
            $"/factures/{d.Id}/pdf")).ToList();

        var numbers = documents.ToDictionary(d => d.Id, d => d.Number);
        var payments = await db.Payments.AsNoTracking()
            .Where(p => p.FamilyId == familyId && p.Channel != PaymentChannels.Online && p.Channel != PaymentChannels.CreditNote)
            .OrderByDescending(p => p.ReceivedAtUtc).Take(MaxEntries).ToListAsync(cancellationToken);
        entries.AddRange(payments.Where(p => numbers.ContainsKey(p.InvoiceId)).Select(p => new AccountEntry(
            p.ReceivedAtUtc,
            p.Channel switch
            {
                PaymentChannels.Counter => "Paiement au guichet",
                PaymentChannels.DirectDebit => "Prélèvement",
                _ => PaymentChannels.Label(p.Channel),
            },
            "",
            $"pour la facture {numbers[p.InvoiceId]}",
            p.Cents,
            p.Cents < 0 ? "Rejeté" : "Reçu",
            p.Cents < 0 ? "status-refused" : "status-validated",
            $"/factures/{p.InvoiceId}",
            null)));
        return entries;
    }
}
