using Microsoft.EntityFrameworkCore;
using Platform.Core.Booking;
using Platform.Core.Modularity;
using Platform.Core.Tenancy;
using Platform.Modules.Garderie.Data;

namespace Platform.Modules.Garderie.Application;

/// <summary>Demo care services: matin 07:30–08:30 and soir 16:30–18:30 on school days, this school year; booking the
/// day before at 18:00, late bookings at +50 % until the slot starts, 5 € per started quarter of an hour of late
/// pick-up. Prices by family situation, as Baneins words its tariffs. A service whose name says "au mois" is billed
/// monthly; the demo family's children went there every school day since the start of the school year (evenings for
/// the elder, Monday and Thursday mornings for the younger, one late pick-up last month), for the months to invoice.</summary>
public sealed class GarderieDemo(GarderieSchedule schedule, GarderieSetup setup, IFamilyDirectory families, BookingLines<CareBooking> lines, GarderieDbContext db,
    TimeProvider clock)
    : IDemoSeed
{
    private static readonly DayOfWeek[] SchoolDays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public async Task SeedAsync(DemoScenario scenario, CancellationToken cancellationToken)
    {
        var start = new DateOnly(scenario.Today.Month >= 8 ? scenario.Today.Year : scenario.Today.Year - 1, 9, 1);
        foreach (var service in scenario.Services.Where(s => s.ModuleId == GarderieModule.ModuleId))
        {
            var monthly = service.Name.Contains("au mois", StringComparison.OrdinalIgnoreCase);
            await setup.SetSettingsAsync(service.Id, new SettingsInput(monthly ? BillingMode.Monthly : BillingMode.AtBooking, 50, 500), cancellationToken);
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
                    await schedule.SetPriceAsync(service.Id, new PriceInput(tariff.Id, Price(slot, index)) { ItemId = slot.Id }, cancellationToken);
                }
            }

            if (monthly && await families.ValidatedAccessAsync(scenario.FamilyId, service.Id, cancellationToken) is { } access)
            {
                await PastMonthsAsync(service, access, slots, start, scenario.Today, cancellationToken);
            }
        }
    }

    private static long Price(CareSlot slot, int tariffIndex) => (slot.Label == "Matin" ? 150 : 250) + tariffIndex * 20;

    private async Task PastMonthsAsync(
        ServiceSummary service, ServiceAccess access, IReadOnlyList<CareSlot> slots, DateOnly start, DateOnly today, CancellationToken cancellationToken)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var tariffIndex = service.TariffCategories.Select(t => t.Id).ToList().IndexOf(access.TariffCategoryId);
        var evening = slots.Single(s => s.Label == "Soir");
        var morning = slots.Single(s => s.Label == "Matin");
        var booked = new List<CareBooking>();
        for (var day = start; day < thisMonth && day < new DateOnly(start.Year, 12, 19); day = day.AddDays(1))
        {
            if (!SchoolDays.Contains(day.DayOfWeek))
            {
                continue;
            }

            foreach (var (child, index) in access.Children.Select((c, i) => (c, i)))
            {
                var slot = index == 0 ? evening : morning;
                if (index == 0 || day.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday)
                {
                    booked.Add(new CareBooking
                    {
                        ServiceId = service.Id, ChildId = child.Id, Date = day, ItemId = slot.Id, RegieId = service.RegieId,
                        TariffCategoryId = access.TariffCategoryId, UnitCents = Price(slot, tariffIndex),
                    });
                }
            }
        }

        if (booked.Count == 0 || !await lines.TryBookPostPaidAsync(access.FamilyId, booked, cancellationToken))
        {
            return;
        }

        var late = booked.Where(b => b.ItemId == evening.Id).MaxBy(b => b.Date)!;
        var settings = await db.Settings.AsNoTracking().SingleAsync(s => s.ServiceId == service.Id, cancellationToken);
        var leftAt = new TimeOnly(18, 46);
        db.Attendances.Add(new Attendance
        {
            Id = Guid.NewGuid(), ServiceId = service.Id, SlotId = evening.Id, Date = late.Date, FamilyId = access.FamilyId, ChildId = late.ChildId,
            RegieId = service.RegieId, ArrivedAt = evening.Start, LeftAt = leftAt, Booked = true,
            LatePickupCents = CareOffers.LatePickup(evening, leftAt, settings), RecordedAtUtc = clock.GetUtcNow().UtcDateTime, RecordedBy = "Démonstration",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
