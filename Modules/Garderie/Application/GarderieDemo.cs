using Platform.Core.Booking;
using Platform.Core.Modularity;
using Platform.Modules.Garderie.Data;

namespace Platform.Modules.Garderie.Application;

/// <summary>Demo care services: matin 07:30–08:30 and soir 16:30–18:30 on school days, this school year; booking the
/// day before at 18:00, late bookings at +50 % until the slot starts, 5 € per started quarter of an hour of late
/// pick-up. Prices by family situation, as Baneins words its tariffs. A service whose name says "au mois" is billed
/// monthly.</summary>
public sealed class GarderieDemo(GarderieSchedule schedule, GarderieSetup setup) : IDemoSeed
{
    private static readonly DayOfWeek[] SchoolDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public async Task SeedAsync(DemoScenario scenario, CancellationToken cancellationToken)
    {
        var start = new DateOnly(scenario.Today.Month >= 8 ? scenario.Today.Year : scenario.Today.Year - 1, 9, 1);
        foreach (var service in scenario.Services.Where(s => s.ModuleId == GarderieModule.ModuleId))
        {
            var monthly = service.Name.Contains("au mois", StringComparison.OrdinalIgnoreCase);
            await setup.SetSettingsAsync(service.Id, new SettingsInput(monthly ? CareBilling.Monthly : CareBilling.AtBooking, 50, 500), cancellationToken);
            await schedule.SetDeadlinesAsync(
                service.Id,
                new DeadlinesInput(new DeadlineRule.DaysBefore(1, WorkingDaysOnly: false) { At = new TimeOnly(18, 0) }, new DeadlineRule.DaysBefore(1, WorkingDaysOnly: false) { At = new TimeOnly(18, 0) }),
                cancellationToken);
            await schedule.AddPeriodAsync(
                service.Id, new PeriodInput($"Année scolaire {start.Year}-{start.Year + 1}", start, new DateOnly(start.Year + 1, 7, 3), SchoolDays), cancellationToken);
            await schedule.AddClosureAsync(service.Id, new ClosureInput(new DateOnly(start.Year, 12, 19), new DateOnly(start.Year + 1, 1, 3), "Vacances de Noël"), cancellationToken);
            await setup.AddSlotAsync(service.Id, new SlotInput("Matin", new TimeOnly(7, 30), new TimeOnly(8, 30), SchoolDays), cancellationToken);
            await setup.AddSlotAsync(service.Id, new SlotInput("Soir", new TimeOnly(16, 30), new TimeOnly(18, 30), SchoolDays), cancellationToken);
            var slots = await setup.SlotsAsync(service.Id, cancellationToken);
            foreach (var (tariff, index) in service.TariffCategories.Select((t, i) => (t, i)))
            {
                foreach (var slot in slots)
                {
                    var cents = (slot.Label == "Matin" ? 150 : 250) + index * 20;
                    await schedule.SetPriceAsync(service.Id, new PriceInput(tariff.Id, cents) { ItemId = slot.Id }, cancellationToken);
                }
            }
        }
    }
}
