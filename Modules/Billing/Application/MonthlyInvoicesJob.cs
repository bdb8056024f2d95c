using Platform.Core.Application;
using Platform.Core.Jobs;
using Platform.Core.Tenancy;

namespace Platform.Modules.Billing.Application;

/// <summary>On the 1st of each month, early morning: the previous month's run of every régie of the commune (a régie of
/// several communes runs once per commune, the later runs issuing nothing), and the emails a stop left unsent.</summary>
public sealed class MonthlyInvoicesJob(InvoiceRun run, IRegieDirectory regies, TimeProvider clock) : IModuleJob
{
    public const string JobKey = "billing:monthly-invoices";

    public const string Cron = "0 5 1 * *";

    public string Key => JobKey;

    public async Task ExecuteAsync(string commune, CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        foreach (var regie in await regies.OfCommuneAsync(commune, cancellationToken))
        {
            await run.RunAsync(regie.Id, lastMonth, cancellationToken);
        }
    }
}
