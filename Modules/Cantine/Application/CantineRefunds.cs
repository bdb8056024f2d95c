using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.Core.Booking;
using Platform.Core.Jobs;
using Platform.Core.Tenancy;
using Platform.Modules.Cantine.Data;

namespace Platform.Modules.Cantine.Application;

/// <summary>The "refunds" job: a meal is cancelled first (so two cancellations cannot both refund it), then its money
/// goes back. A process stopped in between leaves a cancelled meal without its refund: this job, every minute and at
/// start-up, gives it back (idempotent on the order line) once the cancellation is older than any request lives.</summary>
public sealed class CantineRefunds(
    BookingLines<Booking> lines, IServiceCatalog catalog, IConfiguration configuration, TimeProvider clock, ILogger<CantineRefunds> logger)
    : IModuleJob
{
    public const string JobKey = "cantine:refunds";

    public static readonly ModuleJobSchedule Schedule = new(JobKey, "* * * * *") { AlsoAtStart = true };

    public string Key => JobKey;

    public async Task ExecuteAsync(string commune, CancellationToken cancellationToken)
    {
        var services = (await catalog.ListAsync(commune, CantineModule.ModuleId, cancellationToken)).Select(s => s.Id).ToList();
        var before = clock.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(configuration.GetValue("Ordering:UnansweredAfterSeconds", 120));
        foreach (var booking in await lines.UnrefundedAsync(services, before, cancellationToken))
        {
            var refund = await lines.RefundCancelledAsync(booking.Id, booking.OrderLineId, booking.CancellationReason ?? "Annulation", booking.CancelledAtUtc!.Value, cancellationToken);
            if (refund.Succeeded)
            {
                logger.LogWarning("Meal {Booking}: its refund, cut short by a stop, is done.", booking.Id);
            }
            else
            {
                logger.LogError("Meal {Booking}: its refund was refused after a stop; the meal is booked again.", booking.Id);
            }
        }
    }
}
