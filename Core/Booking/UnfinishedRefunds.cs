using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.Core.Jobs;
using Platform.Core.Tenancy;

namespace Platform.Core.Booking;

/// <summary>A module's "refunds" job: a line is cancelled first (so two cancellations cannot both refund it), then
/// its money goes back. A process stopped in between leaves a cancelled line without its refund: this job, every
/// minute and at start-up, gives it back (idempotent on the order line) once the cancellation is older than any
/// request lives.</summary>
public sealed class UnfinishedRefunds<TLine>(
    string moduleId, BookingLines<TLine> lines, IServiceCatalog catalog, IConfiguration configuration, TimeProvider clock, ILogger logger)
    : IModuleJob
    where TLine : BookingLine
{
    public static ModuleJobSchedule ScheduleFor(string moduleId) => new(KeyFor(moduleId), "* * * * *") { AlsoAtStart = true };

    public string Key => KeyFor(moduleId);

    public async Task ExecuteAsync(string commune, CancellationToken cancellationToken)
    {
        var services = (await catalog.ListAsync(commune, moduleId, cancellationToken)).Select(s => s.Id).ToList();
        var before = clock.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(configuration.GetValue("Ordering:UnansweredAfterSeconds", 120));
        foreach (var line in await lines.UnrefundedAsync(services, before, cancellationToken))
        {
            var refund = await lines.RefundCancelledAsync(line.Id, line.OrderLineId, line.CancellationReason ?? "Annulation", line.CancelledAtUtc!.Value, cancellationToken);
            if (refund.Succeeded)
            {
                logger.LogWarning("Booking line {Line} of {Module}: its refund, cut short by a stop, is done.", line.Id, moduleId);
            }
            else
            {
                logger.LogError("Booking line {Line} of {Module}: its refund was refused after a stop; the line is booked again.", line.Id, moduleId);
            }
        }
    }

    private static string KeyFor(string moduleId) => $"{moduleId}:refunds";
}
