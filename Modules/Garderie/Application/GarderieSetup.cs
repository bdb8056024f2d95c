using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Modules.Garderie.Data;

namespace Platform.Modules.Garderie.Application;

public sealed record SlotInput(string? Label, TimeOnly? Start, TimeOnly? End, IReadOnlyList<DayOfWeek>? Weekdays);

public sealed record SlotView(Guid Id, string Label, TimeOnly Start, TimeOnly End, IReadOnlyList<DayOfWeek> Weekdays);

public sealed record SettingsInput(BillingMode? Billing, int? LateBookingSurchargePercent, long? LatePickupCentsPerQuarter);

public sealed record CareServiceView(Guid ServiceId, BillingMode Billing, int? LateBookingSurchargePercent, long LatePickupCentsPerQuarter, IReadOnlyList<SlotView> Slots);

/// <summary>How a care service is set up: its slots, how it is billed, its late booking and late pick-up charges.</summary>
public sealed class GarderieSetup(GarderieDbContext db, GarderieSchedule schedule)
{
    public const int MaxSlots = 10;

    public async Task<AppResult<CareServiceView>> GetAsync(Guid serviceId, CancellationToken cancellationToken) =>
        await schedule.FindOwnAsync(serviceId, cancellationToken) is null
            ? AppResult<CareServiceView>.NotFound()
            : AppResult<CareServiceView>.Ok(await ViewAsync(serviceId, cancellationToken));

    public async Task<AppResult<CareServiceView>> SetSettingsAsync(Guid serviceId, SettingsInput input, CancellationToken cancellationToken)
    {
        if (await schedule.FindOwnAsync(serviceId, cancellationToken) is null)
        {
            return AppResult<CareServiceView>.NotFound();
        }

        var errors = new Errors();
        if (input.Billing is not { } billing || !Enum.IsDefined(billing))
        {
            errors.Add(nameof(input.Billing), "Choisissez le mode de paiement : à la réservation (AtBooking) ou facturé au mois (Monthly).");
        }

        if (input.LateBookingSurchargePercent is < 0 or > 200)
        {
            errors.Add(nameof(input.LateBookingSurchargePercent), "La majoration des réservations tardives est comprise entre 0 et 200 %.");
        }

        if (input.LatePickupCentsPerQuarter is < 0 or > 50_00)
        {
            errors.Add(nameof(input.LatePickupCentsPerQuarter), "La pénalité de retard est comprise entre 0 et 50 € par quart d'heure, en centimes.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var settings = await db.Settings.FindAsync([serviceId], cancellationToken);
        if (settings is null)
        {
            settings = new CareSettings { ServiceId = serviceId };
            db.Settings.Add(settings);
        }

        settings.Billing = input.Billing!.Value;
        settings.LateBookingSurchargePercent = input.LateBookingSurchargePercent;
        settings.LatePickupCentsPerQuarter = input.LatePickupCentsPerQuarter ?? 0;
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<CareServiceView>.Ok(await ViewAsync(serviceId, cancellationToken));
    }

    public async Task<AppResult<CareServiceView>> AddSlotAsync(Guid serviceId, SlotInput input, CancellationToken cancellationToken)
    {
        if (await schedule.FindOwnAsync(serviceId, cancellationToken) is null)
        {
            return AppResult<CareServiceView>.NotFound();
        }

        var errors = new Errors();
        errors.Require(nameof(input.Label), input.Label, "Nommez le créneau (ex. Matin, Soir, Mercredi journée).", 60);
        if (input.Start is not { } start || input.End is not { } end || end <= start)
        {
            errors.Add(nameof(input.Start), "Indiquez l'heure de début et une heure de fin plus tardive (HH:MM).");
        }

        if (input.Weekdays is not { Count: > 0 } days || days.Any(d => !Enum.IsDefined(d)))
        {
            errors.Add(nameof(input.Weekdays), "Cochez au moins un jour où le créneau a lieu.");
        }

        if (await db.Slots.CountAsync(s => s.ServiceId == serviceId, cancellationToken) >= MaxSlots)
        {
            errors.Add(nameof(input.Label), $"Un service a au plus {MaxSlots} créneaux.");
        }

        if (errors.Any)
        {
            return errors;
        }

        db.Slots.Add(new CareSlot
        {
            Id = Guid.NewGuid(), ServiceId = serviceId, Label = input.Label!.Trim(), Start = input.Start!.Value, End = input.End!.Value,
            Weekdays = PeriodRow.Bits(input.Weekdays!),
        });
        await db.SaveChangesAsync(cancellationToken);
        return AppResult<CareServiceView>.Ok(await ViewAsync(serviceId, cancellationToken));
    }

    /// <summary>The service's settings (defaults when none were saved: paid at booking, no late booking, no late
    /// pick-up charge).</summary>
    public async Task<CareSettings> SettingsAsync(Guid serviceId, CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.ServiceId == serviceId, cancellationToken)
        ?? new CareSettings { ServiceId = serviceId };

    public async Task<IReadOnlyList<CareSlot>> SlotsAsync(Guid serviceId, CancellationToken cancellationToken) =>
        await db.Slots.AsNoTracking().Where(s => s.ServiceId == serviceId).OrderBy(s => s.Start).ThenBy(s => s.Label).ToListAsync(cancellationToken);

    private async Task<CareServiceView> ViewAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(serviceId, cancellationToken);
        var slots = await SlotsAsync(serviceId, cancellationToken);
        return new CareServiceView(
            serviceId, settings.Billing, settings.LateBookingSurchargePercent, settings.LatePickupCentsPerQuarter,
            slots.Select(s => new SlotView(s.Id, s.Label, s.Start, s.End, Enum.GetValues<DayOfWeek>().Where(s.RunsOn).ToList())).ToList());
    }
}
