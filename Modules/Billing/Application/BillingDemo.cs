using Microsoft.EntityFrameworkCore;
using Platform.Core.Billing;
using Platform.Core.Modularity;
using Platform.Modules.Billing.Data;

namespace Platform.Modules.Billing.Application;

/// <summary>The demo's past months invoiced on the 1st of the month after, as the monthly job would have, so "Mes
/// factures" is filled: every invoice paid online but the last two: the one before last half paid at the counter, the
/// last one debited on the family's mandate (its pre-notification sent, in the régie's next bank file).</summary>
public sealed class BillingDemo(InvoiceRun run, InvoicePayments payments, InvoiceDirectDebits debits, IEnumerable<IDirectDebits> plugins, BillingDbContext db)
    : IDemoSeed
{
    public int Order => 100;

    public async Task SeedAsync(DemoScenario scenario, CancellationToken cancellationToken)
    {
        var schoolYear = new DateOnly(scenario.Today.Month >= 8 ? scenario.Today.Year : scenario.Today.Year - 1, 9, 1);
        var thisMonth = new DateOnly(scenario.Today.Year, scenario.Today.Month, 1);
        foreach (var service in scenario.Services.DistinctBy(s => s.RegieId))
        {
            var regieId = service.RegieId;
            db.Profiles.Add(new RegieBillingProfile
            {
                RegieId = regieId, Address = $"Mairie de {service.CommuneName}\n1 place de la Mairie", Email = "regie@demo.portail-famille.fr", Phone = "04 74 00 00 00",
            });
            db.PesSettings.Add(new RegiePesSettings
            {
                RegieId = regieId, IdPost = "0101234", IdColl = "21010029100017", CodCol = "029", CodBud = "01", LibelleColBud = "BUDGET PRINCIPAL",
                CodProdLoc = "PERI", Nature = "588",
            });
            await db.SaveChangesAsync(cancellationToken);
            for (var month = schoolYear; month < thisMonth; month = month.AddMonths(1))
            {
                await run.RunAsync(regieId, month, cancellationToken, issuedOn: month.AddMonths(1));
            }
        }

        var invoices = await db.Invoices.AsNoTracking().Where(i => i.FamilyId == scenario.FamilyId && i.TotalCents > 0).OrderBy(i => i.Period).ToListAsync(cancellationToken);
        foreach (var paid in invoices.SkipLast(2))
        {
            await payments.RecordAsync(paid.Id, PaymentChannels.Online, paid.TotalCents, $"demo:{paid.Number}", cancellationToken);
        }

        if (invoices.Count >= 2)
        {
            var half = invoices[^2];
            await payments.RecordAsync(half.Id, PaymentChannels.Counter, half.TotalCents / 2, $"demo:{half.Number}", cancellationToken);
        }

        if (invoices.Count >= 1 && plugins.FirstOrDefault() is { } plugin)
        {
            await debits.ScheduleAsync(plugin, invoices[^1].RegieId, [invoices[^1]], cancellationToken);
        }
    }
}
