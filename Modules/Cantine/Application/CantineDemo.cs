using Platform.Core.Modularity;
using Platform.Core.Booking;

namespace Platform.Modules.Cantine.Application;

/// <summary>Demo schedules: this school year on Monday, Tuesday, Thursday and Friday, the guides' prices (Baneins 3,80 €,
/// Saint-Marcel 3,60 €, Châtillon 4,15 €; 4,15 € for outside families) and
/// deadlines (D-2 working days at 10:00; the Camargue rule at Saint-Marcel), Christmas holidays closed.</summary>
public sealed class CantineDemo(CantineSchedule schedule) : IDemoSeed
{
    public async Task SeedAsync(DemoScenario scenario, CancellationToken cancellationToken)
    {
        var start = new DateOnly(scenario.Today.Month >= 8 ? scenario.Today.Year : scenario.Today.Year - 1, 9, 1);
        var prices = new Dictionary<string, long> { ["baneins"] = 380, ["saint-marcel-en-dombes"] = 360, ["chatillon-sur-chalaronne"] = 415 };
        foreach (var service in scenario.Services.Where(s => s.ModuleId == CantineModule.ModuleId))
        {
            DeadlineRule booking = service.Commune == "saint-marcel-en-dombes"
                ? new DeadlineRule.WeekdayOfEarlierWeek(DayOfWeek.Tuesday, 1) { At = new TimeOnly(9, 30) }
                : new DeadlineRule.DaysBefore(2, WorkingDaysOnly: true) { At = new TimeOnly(10, 0) };
            await schedule.SetDeadlinesAsync(service.Id, new DeadlinesInput(booking, new DeadlineRule.DaysBefore(1, WorkingDaysOnly: true) { At = new TimeOnly(10, 0) }), cancellationToken);
            await schedule.AddPeriodAsync(
                service.Id,
                new PeriodInput($"Année scolaire {start.Year}-{start.Year + 1}", start, new DateOnly(start.Year + 1, 7, 3),
                    [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday]),
                cancellationToken);
            await schedule.AddClosureAsync(service.Id, new ClosureInput(new DateOnly(start.Year, 12, 19), new DateOnly(start.Year + 1, 1, 3), "Vacances de Noël"), cancellationToken);
            var price = prices.GetValueOrDefault(service.Commune, 380);
            foreach (var tariff in service.TariffCategories)
            {
                await schedule.SetPriceAsync(service.Id, new PriceInput(tariff.Id, tariff.Name.Contains("extérieure", StringComparison.Ordinal) || tariff.Name.Contains("Hors", StringComparison.Ordinal) ? 415 : price), cancellationToken);
            }
        }
    }
}
