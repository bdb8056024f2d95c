using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Tenancy;
using Platform.Modules.Garderie.Data;

namespace Platform.Modules.Garderie.Application;

public sealed record AttendanceInput(DateOnly? Date, Guid? SlotId, Guid? FamilyId, Guid? ChildId, TimeOnly? ArrivedAt, TimeOnly? LeftAt);

public sealed record AttendanceView(Guid ChildId, DateOnly Date, Guid SlotId, TimeOnly? ArrivedAt, TimeOnly? LeftAt, bool Booked, long LatePickupCents);

public sealed record SheetChild(Guid FamilyId, Guid ChildId, string Name, bool Booked, TimeOnly? ArrivedAt, TimeOnly? LeftAt, long LatePickupCents);

public sealed record SlotSheet(Guid SlotId, string Label, TimeOnly Start, TimeOnly End, IReadOnlyList<SheetChild> Children);

/// <summary>The staff's day: for each slot, the children booked and the presences recorded.</summary>
public sealed record DaySheet(Guid ServiceId, string ServiceName, DateOnly Date, IReadOnlyList<SlotSheet> Slots);

/// <summary>Presence as the staff record it — arrival and departure — and the late pick-up charge a departure after
/// the slot's end gives rise to, kept for the family's monthly invoice.</summary>
public sealed class GarderieAttendance(
    GarderieDbContext db, GarderieSchedule schedule, GarderieSetup setup, IFamilyDirectory families, TimeProvider clock)
{
    /// <param name="day">Today in Paris when null.</param>
    public async Task<AppResult<DaySheet>> DayAsync(ClaimsPrincipal agent, Guid serviceId, DateOnly? day, CancellationToken cancellationToken)
    {
        var service = await schedule.FindOwnAsync(serviceId, cancellationToken);
        if (service is null || !await families.CanActForServiceAsync(agent, serviceId, cancellationToken))
        {
            return AppResult<DaySheet>.NotFound();
        }

        var date = day ?? ParisTime.Today(clock);
        var booked = await db.Bookings.AsNoTracking()
            .Where(b => b.ServiceId == serviceId && b.Date == date && b.State == BookingState.Confirmed)
            .Select(b => new { b.FamilyId, b.ChildId, SlotId = b.ItemId!.Value })
            .ToListAsync(cancellationToken);
        var recorded = await db.Attendances.AsNoTracking().Where(a => a.ServiceId == serviceId && a.Date == date).ToListAsync(cancellationToken);
        var names = (await families.ChildrenAsync(booked.Select(b => b.FamilyId).Concat(recorded.Select(r => r.FamilyId)).ToHashSet(), cancellationToken))
            .ToDictionary(c => c.Key, c => $"{c.Value.FirstName} {c.Value.LastName}");

        var slots = await setup.SlotsAsync(serviceId, cancellationToken);
        var sheets = slots.Where(s => s.RunsOn(date.DayOfWeek) || recorded.Any(r => r.SlotId == s.Id)).Select(slot =>
        {
            var children = booked.Where(b => b.SlotId == slot.Id).Select(b => (b.FamilyId, b.ChildId))
                .Union(recorded.Where(r => r.SlotId == slot.Id).Select(r => (r.FamilyId, r.ChildId)))
                .Select(c =>
                {
                    var presence = recorded.FirstOrDefault(r => r.SlotId == slot.Id && r.ChildId == c.ChildId);
                    return new SheetChild(
                        c.FamilyId, c.ChildId, names.GetValueOrDefault(c.ChildId, "Enfant"), booked.Any(b => b.SlotId == slot.Id && b.ChildId == c.ChildId),
                        presence?.ArrivedAt, presence?.LeftAt, presence?.LatePickupCents ?? 0);
                })
                .OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))
                .ToList();
            return new SlotSheet(slot.Id, slot.Label, slot.Start, slot.End, children);
        }).ToList();
        return AppResult<DaySheet>.Ok(new DaySheet(serviceId, service.Name, date, sheets));
    }

    public async Task<AppResult<AttendanceView>> RecordAsync(ClaimsPrincipal agent, Guid serviceId, AttendanceInput input, CancellationToken cancellationToken)
    {
        var service = await schedule.FindOwnAsync(serviceId, cancellationToken);
        if (service is null || input.FamilyId is not { } familyId || !await families.CanServeFamilyAsync(agent, familyId, serviceId, cancellationToken))
        {
            return AppResult<AttendanceView>.NotFound();
        }

        var errors = new Errors();
        var access = await families.ValidatedAccessAsync(familyId, serviceId, cancellationToken);
        if (input.ChildId is not { } childId || access?.Children.Any(c => c.Id == childId) != true)
        {
            errors.Add(nameof(input.ChildId), "Cet enfant n'est pas inscrit à ce service.");
        }

        var slot = input.SlotId is { } slotId ? (await setup.SlotsAsync(serviceId, cancellationToken)).FirstOrDefault(s => s.Id == slotId) : null;
        if (slot is null)
        {
            errors.Add(nameof(input.SlotId), "Choisissez un créneau de ce service.");
        }

        var today = ParisTime.Today(clock);
        if (input.Date is not { } date || date > today || date < today.AddYears(-1))
        {
            errors.Add(nameof(input.Date), "Indiquez le jour de la présence (aujourd'hui ou un jour passé, dans l'année écoulée).");
        }

        if (input.ArrivedAt is null && input.LeftAt is null)
        {
            errors.Add(nameof(input.ArrivedAt), "Indiquez l'heure d'arrivée ou l'heure de départ.");
        }
        if (errors.Any)
        {
            return errors;
        }

        var settings = await setup.SettingsAsync(serviceId, cancellationToken);
        var booked = await db.Bookings.AnyAsync(
            b => b.ServiceId == serviceId && b.ChildId == input.ChildId && b.Date == input.Date && b.ItemId == slot!.Id && b.State == BookingState.Confirmed,
            cancellationToken);
        var key = (ServiceId: serviceId, SlotId: slot!.Id, Date: input.Date!.Value, ChildId: input.ChildId!.Value);
        var row = await db.Attendances.SingleOrDefaultAsync(
            a => a.ServiceId == key.ServiceId && a.SlotId == key.SlotId && a.Date == key.Date && a.ChildId == key.ChildId, cancellationToken);
        if (row is null)
        {
            row = new Attendance
            {
                Id = Guid.NewGuid(), ServiceId = serviceId, SlotId = slot.Id, Date = key.Date, FamilyId = familyId, ChildId = key.ChildId,
                RegieId = service.RegieId, RecordedBy = "",
            };
            db.Attendances.Add(row);
        }

        row.ArrivedAt = input.ArrivedAt ?? row.ArrivedAt;
        row.LeftAt = input.LeftAt ?? row.LeftAt;
        if (row.ArrivedAt is { } arrival && row.LeftAt is { } departure && departure < arrival)
        {
            db.ChangeTracker.Clear();
            return AppResult<AttendanceView>.Invalid(nameof(input.LeftAt), $"L'heure de départ doit être postérieure à l'heure d'arrivée ({arrival:HH\\hmm}).");
        }

        row.Booked = booked;
        row.LatePickupCents = CareOffers.LatePickup(slot, row.LeftAt, settings);
        row.RecordedAtUtc = clock.GetUtcNow().UtcDateTime;
        row.RecordedBy = agent.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return AppResult<AttendanceView>.Invalid(nameof(input.ChildId), "Cette présence vient d'être saisie par un collègue : rechargez la feuille du jour.");
        }

        return AppResult<AttendanceView>.Ok(new AttendanceView(row.ChildId, row.Date, row.SlotId, row.ArrivedAt, row.LeftAt, row.Booked, row.LatePickupCents));
    }
}
