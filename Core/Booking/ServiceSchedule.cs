using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Tenancy;

namespace Platform.Core.Booking;

public sealed record DeadlinesInput(DeadlineRule? Booking, DeadlineRule? Cancellation);

public sealed record PeriodInput(string? Label, DateOnly? Start, DateOnly? End, IReadOnlyList<DayOfWeek>? OpeningDays);

public sealed record ClosureInput(DateOnly? From, DateOnly? To, string? Reason);

public sealed record PriceInput(Guid? TariffCategoryId, long? Cents)
{
    /// <summary>The item priced (a care slot, a sport activity); null for the service as a whole.</summary>
    public Guid? ItemId { get; init; }
}

public sealed record ScheduleView(
    Guid ServiceId,
    DeadlineRule? Booking,
    DeadlineRule? Cancellation,
    IReadOnlyList<PeriodView> Periods,
    IReadOnlyList<ServiceClosure> Closures,
    IReadOnlyList<PriceView> Prices);

public sealed record PeriodView(Guid Id, string Label, DateOnly Start, DateOnly End, IReadOnlyList<DayOfWeek> OpeningDays);

public sealed record PriceView(Guid TariffCategoryId, string TariffCategory, long Cents)
{
    /// <summary>The item priced; null for the service as a whole.</summary>
    public Guid? ItemId { get; init; }
}

public sealed record MonthView(Guid ServiceId, string ServiceName, int Year, int Month, IReadOnlyList<CalendarDay> Days);

/// <summary>What differs between the modules that book through the kernel: which services are theirs, and the price
/// range of one item with the message that states it.</summary>
public sealed record ScheduleRules(string ModuleId, long MaxPriceCents, string PriceOutOfRange);

/// <summary>A service's periods, closures, prices and deadlines, and the month calendar parents book from: written once
/// for every module that books days (each module derives it over its own tables).</summary>
/// <param name="tariffRules">The Billing module's quotient and sibling rules, when it is loaded.</param>
public abstract class ServiceSchedule(IServiceCatalog catalog, IBookingStore db, TimeProvider clock, ScheduleRules rules, IEnumerable<ITariffRules> tariffRules)
{
    private readonly Dictionary<Guid, ServiceCalendar> calendars = [];

    public async Task<AppResult<ScheduleView>> GetAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        var service = await FindOwnAsync(serviceId, cancellationToken);
        return service is null ? AppResult<ScheduleView>.NotFound() : AppResult<ScheduleView>.Ok(await ViewAsync(service, cancellationToken));
    }

    public async Task<AppResult<ScheduleView>> SetDeadlinesAsync(Guid serviceId, DeadlinesInput input, CancellationToken cancellationToken)
    {
        var service = await FindOwnAsync(serviceId, cancellationToken);
        if (service is null)
        {
            return AppResult<ScheduleView>.NotFound();
        }

        var errors = new Errors();
        CheckRule(nameof(input.Booking), input.Booking, "Indiquez le délai de réservation.", errors);
        CheckRule(nameof(input.Cancellation), input.Cancellation, "Indiquez le délai d'annulation.", errors);
        if (errors.Any)
        {
            return errors;
        }

        var settings = await db.Deadlines.FindAsync([serviceId], cancellationToken);
        if (settings is null)
        {
            db.Deadlines.Add(new DeadlineSettings { ServiceId = serviceId, Booking = input.Booking!, Cancellation = input.Cancellation! });
        }
        else
        {
            settings.Booking = input.Booking!;
            settings.Cancellation = input.Cancellation!;
        }

        await db.SaveChangesAsync(cancellationToken);
        calendars.Remove(serviceId);
        return AppResult<ScheduleView>.Ok(await ViewAsync(service, cancellationToken));
    }

    public async Task<AppResult<ScheduleView>> AddPeriodAsync(Guid serviceId, PeriodInput input, CancellationToken cancellationToken)
    {
        var service = await FindOwnAsync(serviceId, cancellationToken);
        if (service is null)
        {
            return AppResult<ScheduleView>.NotFound();
        }

        var errors = new Errors();
        errors.Require(nameof(input.Label), input.Label, "Nommez la période (ex. Année scolaire 2026-2027).", 100);
        if (input.Start is not { } start || input.End is not { } end || end < start)
        {
            errors.Add(nameof(input.Start), "Indiquez une date de début et une date de fin postérieure.");
        }
        else if (end.DayNumber - start.DayNumber > 400)
        {
            errors.Add(nameof(input.End), "Une période dure au plus 400 jours.");
        }
        else if (await db.Periods.AnyAsync(p => p.ServiceId == serviceId && p.Start <= end && start <= p.End, cancellationToken))
        {
            errors.Add(nameof(input.Start), "Cette période chevauche une période existante.");
        }

        if (input.OpeningDays is not { Count: > 0 } days || days.Any(d => !Enum.IsDefined(d)))
        {
            errors.Add(nameof(input.OpeningDays), "Cochez au moins un jour d'ouverture.");
        }

        if (errors.Any)
        {
            return errors;
        }

        db.Periods.Add(new PeriodRow
        {
            Id = Guid.NewGuid(), ServiceId = serviceId, Label = input.Label!.Trim(), Start = input.Start!.Value, End = input.End!.Value,
            OpeningDays = PeriodRow.Bits(input.OpeningDays!),
        });
        await db.SaveChangesAsync(cancellationToken);
        calendars.Remove(serviceId);
        return AppResult<ScheduleView>.Ok(await ViewAsync(service, cancellationToken));
    }

    /// <summary>Closes the service every day from <see cref="ClosureInput.From"/> to <see cref="ClosureInput.To"/>.</summary>
    public async Task<AppResult<ScheduleView>> AddClosureAsync(Guid serviceId, ClosureInput input, CancellationToken cancellationToken)
    {
        var service = await FindOwnAsync(serviceId, cancellationToken);
        if (service is null)
        {
            return AppResult<ScheduleView>.NotFound();
        }

        var errors = new Errors();
        errors.Require(nameof(input.Reason), input.Reason, "Indiquez le motif de la fermeture (ex. Vacances de printemps, grève).");
        var from = input.From;
        var to = input.To ?? input.From;
        if (from is null || to < from)
        {
            errors.Add(nameof(input.From), "Indiquez le premier jour fermé, et le dernier s'il y en a plusieurs.");
        }
        else if (to!.Value.DayNumber - from.Value.DayNumber > 120)
        {
            errors.Add(nameof(input.To), "Une fermeture dure au plus 120 jours.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var days = Enumerable.Range(0, to!.Value.DayNumber - from!.Value.DayNumber + 1).Select(from.Value.AddDays).ToList();
        var existing = await db.Closures.Where(c => c.ServiceId == serviceId && days.Contains(c.Date)).Select(c => c.Date).ToListAsync(cancellationToken);
        db.Closures.AddRange(days.Except(existing).Select(d => new ClosureRow { Id = Guid.NewGuid(), ServiceId = serviceId, Date = d, Reason = input.Reason!.Trim() }));
        await db.SaveChangesAsync(cancellationToken);
        calendars.Remove(serviceId);
        return AppResult<ScheduleView>.Ok(await ViewAsync(service, cancellationToken));
    }

    public async Task<AppResult<ScheduleView>> SetPriceAsync(Guid serviceId, PriceInput input, CancellationToken cancellationToken)
    {
        var service = await FindOwnAsync(serviceId, cancellationToken);
        if (service is null)
        {
            return AppResult<ScheduleView>.NotFound();
        }

        var errors = new Errors();
        if (input.TariffCategoryId is not { } tariff || service.TariffCategories.All(t => t.Id != tariff))
        {
            errors.Add(nameof(input.TariffCategoryId), "Choisissez une catégorie tarifaire de ce service.");
        }

        if (input.Cents is not { } cents || cents < 0 || cents > rules.MaxPriceCents)
        {
            errors.Add(nameof(input.Cents), rules.PriceOutOfRange);
        }

        if (input.ItemId is { } item && !await HasItemAsync(serviceId, item, cancellationToken))
        {
            errors.Add(nameof(input.ItemId), "Ce créneau ou cette activité n'appartient pas à ce service.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var itemId = input.ItemId ?? Guid.Empty;
        var price = await db.Prices.FindAsync([serviceId, itemId, input.TariffCategoryId!.Value], cancellationToken);
        if (price is null)
        {
            db.Prices.Add(new TariffPrice { ServiceId = serviceId, ItemId = itemId, TariffCategoryId = input.TariffCategoryId.Value, Cents = input.Cents!.Value });
        }
        else
        {
            price.Cents = input.Cents!.Value;
        }

        await db.SaveChangesAsync(cancellationToken);
        calendars.Remove(serviceId);
        return AppResult<ScheduleView>.Ok(await ViewAsync(service, cancellationToken));
    }

    /// <summary>Every day of a month with its state and booking deadline, for a service of the commune.</summary>
    public async Task<AppResult<MonthView>> MonthAsync(string commune, Guid serviceId, int year, int month, CancellationToken cancellationToken)
    {
        var service = await FindOwnAsync(serviceId, cancellationToken);
        if (service is null || service.Commune != commune)
        {
            return AppResult<MonthView>.NotFound();
        }

        if (year is < 2000 or > 2100 || month is < 1 or > 12)
        {
            return AppResult<MonthView>.Invalid("Month", "Choisissez un mois valide (AAAA-MM).");
        }

        var calendar = await CalendarAsync(serviceId, cancellationToken);
        return AppResult<MonthView>.Ok(new MonthView(serviceId, service.Name, year, month, calendar.Month(year, month, clock.GetUtcNow().UtcDateTime)));
    }

    /// <summary>The price of an item (or of the service as a whole, for a null item) for a tariff category.</summary>
    public async Task<long?> PriceAsync(Guid serviceId, Guid tariffCategoryId, Guid? itemId, CancellationToken cancellationToken)
    {
        var item = itemId ?? Guid.Empty;
        return (await db.Prices.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ServiceId == serviceId && p.ItemId == item && p.TariffCategoryId == tariffCategoryId, cancellationToken))?.Cents;
    }

    /// <summary>Every price of one tariff category in the service, by item (<see cref="Guid.Empty"/> for the service as
    /// a whole), in one query.</summary>
    public async Task<IReadOnlyDictionary<Guid, long>> PricesAsync(Guid serviceId, Guid tariffCategoryId, CancellationToken cancellationToken) =>
        await db.Prices.AsNoTracking()
            .Where(p => p.ServiceId == serviceId && p.TariffCategoryId == tariffCategoryId)
            .ToDictionaryAsync(p => p.ItemId, p => p.Cents, cancellationToken);

    /// <summary>The family's prices in the service between two dates: the module's price adjusted by the tariff rules
    /// (quotient familial, children booking the same month), counting <paramref name="booking"/> with the lines booked.</summary>
    public async Task<FamilyPricing> PricingAsync<TLine>(
        IQueryable<TLine> lines, Guid serviceId, Guid familyId, IReadOnlyCollection<(Guid ChildId, DateOnly Date)> booking,
        DateOnly from, DateOnly to, CancellationToken cancellationToken)
        where TLine : BookingLine
    {
        var tariff = tariffRules.FirstOrDefault() is { } source ? await source.ForAsync(serviceId, familyId, cancellationToken) : FamilyTariff.None;

        return await FamilyPricing.ReadAsync(tariff, lines, serviceId, familyId, booking, from, to, cancellationToken);
    }

    /// <summary>Whether the service has this item (a slot, an activity) that can be priced; none by default.</summary>
    protected virtual Task<bool> HasItemAsync(Guid serviceId, Guid itemId, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>Read once per request (the schedule is scoped): the booking page, its first bookable month and the
    /// checks of a checkout ask for the same calendar. A change made through this schedule forgets it.</summary>
    public async Task<ServiceCalendar> CalendarAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        if (calendars.TryGetValue(serviceId, out var known))
        {
            return known;
        }

        var periods = await db.Periods.AsNoTracking().Where(p => p.ServiceId == serviceId).ToListAsync(cancellationToken);
        var closures = await db.Closures.AsNoTracking().Where(c => c.ServiceId == serviceId).ToListAsync(cancellationToken);
        var deadlines = await db.Deadlines.AsNoTracking().SingleOrDefaultAsync(d => d.ServiceId == serviceId, cancellationToken);
        var calendar = new ServiceCalendar(
            periods.Select(p => p.ToDomain()).ToList(),
            closures.Select(c => new ServiceClosure(c.Date, c.Reason)).ToList(),
            deadlines?.Booking,
            deadlines?.Cancellation);
        calendars[serviceId] = calendar;
        return calendar;
    }

    /// <summary>The service, when it is one of this module's.</summary>
    public async Task<ServiceSummary?> FindOwnAsync(Guid serviceId, CancellationToken cancellationToken) =>
        await catalog.FindAsync(serviceId, cancellationToken) is { } service && service.ModuleId == rules.ModuleId ? service : null;

    private async Task<ScheduleView> ViewAsync(ServiceSummary service, CancellationToken cancellationToken)
    {
        var periods = await db.Periods.AsNoTracking().Where(p => p.ServiceId == service.Id).OrderBy(p => p.Start).ToListAsync(cancellationToken);
        var closures = await db.Closures.AsNoTracking().Where(c => c.ServiceId == service.Id).OrderBy(c => c.Date).ToListAsync(cancellationToken);
        var prices = await db.Prices.AsNoTracking().Where(p => p.ServiceId == service.Id).ToListAsync(cancellationToken);
        var deadlines = await db.Deadlines.AsNoTracking().SingleOrDefaultAsync(d => d.ServiceId == service.Id, cancellationToken);
        return new ScheduleView(
            service.Id,
            deadlines?.Booking,
            deadlines?.Cancellation,
            periods.Select(p => new PeriodView(p.Id, p.Label, p.Start, p.End, p.ToDomain().OpeningDays.Order().ToList())).ToList(),
            closures.Select(c => new ServiceClosure(c.Date, c.Reason)).ToList(),
            prices.Select(p => new PriceView(p.TariffCategoryId, service.TariffCategories.FirstOrDefault(t => t.Id == p.TariffCategoryId)?.Name ?? "", p.Cents)
            {
                ItemId = p.ItemId == Guid.Empty ? null : p.ItemId,
            }).ToList());
    }

    private static void CheckRule(string field, DeadlineRule? rule, string missing, Errors errors)
    {
        if (rule is null)
        {
            errors.Add(field, missing);
        }
        else if (rule.Problem() is { } problem)
        {
            errors.Add(field, problem);
        }
    }
}
