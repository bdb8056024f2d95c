using Platform.Core.Booking;
using Platform.Core.Modularity;

namespace Platform.Modules.Sport.Application;

/// <summary>Demo sport services, like the Mercredis sportifs of a communauté de communes: "Multisport 6-10 ans", open
/// since last week, on the next six Wednesdays with 3 seats each; and a sailing stage for 8-12 year olds (three days
/// booked together) whose registration opens next week. Booking closes the day before at noon, cancellation two days
/// before.</summary>
public sealed class SportDemo(SportSchedule schedule, SportSetup setup) : IDemoSeed
{
    public async Task SeedAsync(DemoScenario scenario, CancellationToken cancellationToken)
    {
        var daysToWednesday = ((int)DayOfWeek.Wednesday - (int)scenario.Today.DayOfWeek + 7) % 7;
        var nextWednesday = scenario.Today.AddDays(daysToWednesday == 0 ? 7 : daysToWednesday);
        foreach (var service in scenario.Services.Where(s => s.ModuleId == SportModule.ModuleId))
        {
            await schedule.SetDeadlinesAsync(
                service.Id,
                new DeadlinesInput(new DeadlineRule.DaysBefore(1, WorkingDaysOnly: false) { At = new TimeOnly(12, 0) }, new DeadlineRule.DaysBefore(2, WorkingDaysOnly: false) { At = new TimeOnly(12, 0) }),
                cancellationToken);
            var multisport = (await setup.AddActivityAsync(
                service.Id,
                new ActivityInput("Multisport 6-10 ans", "Gymnase intercommunal de Villars-les-Dombes", 6, 10, scenario.Today.AddDays(-7).ToDateTime(new TimeOnly(8, 0)), false, 24),
                cancellationToken)).Value;
            for (var week = 0; week < 6; week++)
            {
                await setup.AddSessionAsync(service.Id, multisport, new SessionInput(nextWednesday.AddDays(7 * week), new TimeOnly(14, 0), new TimeOnly(16, 0), 3), cancellationToken);
            }

            var sailing = (await setup.AddActivityAsync(
                service.Id,
                new ActivityInput("Stage découverte de la voile", "Base nautique du lac de Bouvent", 8, 12, scenario.Today.AddDays(7).ToDateTime(new TimeOnly(8, 0)), true, 24),
                cancellationToken)).Value;
            for (var day = 0; day < 3; day++)
            {
                await setup.AddSessionAsync(service.Id, sailing, new SessionInput(nextWednesday.AddDays(35 + day), new TimeOnly(9, 30), new TimeOnly(16, 30), 12), cancellationToken);
            }

            foreach (var (tariff, index) in service.TariffCategories.Select((t, i) => (t, i)))
            {
                await schedule.SetPriceAsync(service.Id, new PriceInput(tariff.Id, 600 + index * 200) { ItemId = multisport }, cancellationToken);
                await schedule.SetPriceAsync(service.Id, new PriceInput(tariff.Id, 1500 + index * 300) { ItemId = sailing }, cancellationToken);
            }
        }
    }
}
