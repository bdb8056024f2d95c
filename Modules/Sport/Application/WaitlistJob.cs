using Platform.Core.Jobs;
using Platform.Core.Tenancy;

namespace Platform.Modules.Sport.Application;

/// <summary>Every minute and at start-up: expired waiting-list offers pass their seat to the next family, and free
/// seats of sessions with families waiting are offered.</summary>
public sealed class WaitlistJob(SportSeats seats, IServiceCatalog catalog) : IModuleJob
{
    public const string JobKey = "sport:waitlist";

    public static readonly ModuleJobSchedule Schedule = new(JobKey, "* * * * *") { AlsoAtStart = true };

    public string Key => JobKey;

    public async Task ExecuteAsync(string commune, CancellationToken cancellationToken)
    {
        var services = (await catalog.ListAsync(commune, SportModule.ModuleId, cancellationToken)).Select(s => s.Id).ToList();
        await seats.SettleAsync(services, cancellationToken);
    }
}
