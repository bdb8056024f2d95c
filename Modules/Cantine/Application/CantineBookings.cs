using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Email;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Modules.Cantine.Data;
using Platform.Core.Booking;

namespace Platform.Modules.Cantine.Application;

/// <summary>Meals ready to book: into the cart, or at once for a service invoiced monthly.</summary>
public sealed record PreparedMeals(IReadOnlyList<CartLineRequest> CartLines, IReadOnlyList<Booking> PostPaid);

public sealed record BookingRequest(Guid? ServiceId, IReadOnlyList<Guid>? ChildIds, IReadOnlyList<DateOnly>? Dates);

/// <param name="InCart">In the cart, not yet ordered.</param>
public sealed record TakenMeal(Guid ChildId, DateOnly Date, bool InCart);

public sealed record BookingView(
    Guid Id, Guid ServiceId, string ServiceName, Guid ChildId, string ChildName, DateOnly Date, BookingState State, long UnitCents,
    DateTime? CancellableUntilLocal, string? CancellationReason);

/// <summary>The parent's side of the cantine: meals put in the cart (several children, several dates, all or none),
/// "Mes réservations", and cancellation before the deadline with a refund through the channel that paid.</summary>
public sealed class CantineBookings(
    CantineDbContext db,
    CantineSchedule schedule,
    CantineServices services,
    IServiceCatalog catalog,
    IFamilyDirectory families,
    ICart cart,
    BookingLines<Booking> lines,
    IEmailSender email,
    TimeProvider clock)
{
    public const int MaxMealsAtOnce = 400;
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async Task<AppResult<int>> AddToCartAsync(Guid familyId, BookingRequest request, CancellationToken cancellationToken)
    {
        var children = (request.ChildIds ?? []).Distinct().ToList();
        var dates = (request.Dates ?? []).Distinct().Order().ToList();
        var errors = new Errors();
        if (children.Count == 0)
        {
            errors.Add(nameof(request.ChildIds), "Choisissez au moins un enfant.");
        }

        if (dates.Count == 0)
        {
            errors.Add(nameof(request.Dates), "Choisissez au moins une date.");
        }

        if (errors.Any)
        {
            return request.ServiceId is null ? AppResult<int>.Invalid(nameof(request.ServiceId), "Choisissez un service de restauration scolaire.") : errors;
        }

        var prepared = await PrepareAsync(familyId, request.ServiceId, [.. from date in dates from child in children select (child, date)], cancellationToken);
        if (!prepared.Succeeded)
        {
            return AppResult<int>.Invalid(prepared.Errors);
        }

        if (prepared.Value!.CartLines.Count > 0)
        {
            return await cart.AddAsync(familyId, prepared.Value.CartLines, cancellationToken);
        }

        var booked = await CommitAsync(familyId, [prepared.Value], cancellationToken);
        return booked.Succeeded ? AppResult<int>.Ok(0) : AppResult<int>.Invalid(booked.Errors);
    }

    /// <summary>Books the meals invoiced monthly at once (the database refuses one booked meanwhile), then puts the
    /// others in the cart.</summary>
    public async Task<AppResult<ChoicesBooked>> CommitAsync(Guid familyId, IReadOnlyList<PreparedMeals> prepared, CancellationToken cancellationToken)
    {
        var postPaid = prepared.SelectMany(p => p.PostPaid).ToList();
        if (postPaid.Count > 0 && !await lines.TryBookPostPaidAsync(familyId, postPaid, cancellationToken))
        {
            return AppResult<ChoicesBooked>.Invalid(nameof(BookingRequest.Dates), "Un de ces repas vient d'être réservé par ailleurs : rechargez la page.");
        }

        var cartLines = prepared.SelectMany(p => p.CartLines).ToList();
        if (cartLines.Count == 0)
        {
            return AppResult<ChoicesBooked>.Ok(new ChoicesBooked(0, postPaid.Count));
        }

        var added = await cart.AddAsync(familyId, cartLines, cancellationToken);
        return added.Succeeded ? AppResult<ChoicesBooked>.Ok(new ChoicesBooked(cartLines.Count, postPaid.Count)) : AppResult<ChoicesBooked>.Invalid(added.Errors);
    }

    /// <summary>The cart lines, or the lines invoiced monthly, for these meals (a child and a day each), once every
    /// check passed: the access is validated, each day bookable, none booked or in the cart already. Nothing is written.</summary>
    public async Task<AppResult<PreparedMeals>> PrepareAsync(
        Guid familyId, Guid? serviceId, IReadOnlyList<(Guid ChildId, DateOnly Date)> meals, CancellationToken cancellationToken)
    {
        var service = serviceId is { } id ? await catalog.FindAsync(id, cancellationToken) : null;
        if (service is not { ModuleId: CantineModule.ModuleId })
        {
            return AppResult<PreparedMeals>.Invalid(nameof(BookingRequest.ServiceId), "Choisissez un service de restauration scolaire.");
        }

        var access = await families.ValidatedAccessAsync(familyId, service.Id, cancellationToken);
        if (access is null)
        {
            return AppResult<PreparedMeals>.Invalid(nameof(BookingRequest.ServiceId), "Votre demande d'accès à ce service n'est pas encore validée : vous ne pouvez pas encore réserver.");
        }

        var errors = new Errors();
        meals = meals.Distinct().OrderBy(m => m.Date).ToList();
        var children = meals.Select(m => m.ChildId).Distinct().ToList();
        var dates = meals.Select(m => m.Date).Distinct().ToList();
        if (meals.Count == 0)
        {
            errors.Add(nameof(BookingRequest.Dates), "Choisissez au moins une date.");
        }
        else if (meals.Count > MaxMealsAtOnce)
        {
            errors.Add(nameof(BookingRequest.Dates), $"Réservez au plus {MaxMealsAtOnce} repas à la fois.");
        }

        if (children.Any(c => access.Children.All(a => a.Id != c)))
        {
            errors.Add(nameof(BookingRequest.ChildIds), "Cet enfant n'est pas inscrit à ce service.");
        }

        var price = await schedule.PriceAsync(service.Id, access.TariffCategoryId, null, cancellationToken);
        if (price is null)
        {
            errors.Add(nameof(BookingRequest.ServiceId), "Le prix des repas de ce service n'est pas encore fixé : réessayez plus tard.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var calendar = await schedule.CalendarAsync(service.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var day in dates.Select(d => calendar.Day(d, now)).Where(d => d.State != DayState.Bookable))
        {
            errors.Add(nameof(BookingRequest.Dates), $"Le {day.Date.ToString("dddd dd/MM/yyyy", French)} n'est pas réservable : {day.WhyNotBookable()}.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var wanted = meals.ToHashSet();
        var taken = await TakenAsync(familyId, children, service.Id, dates[0], dates[^1], cancellationToken);
        foreach (var clash in taken.Select(t => (t.ChildId, t.Date)).Distinct().Where(wanted.Contains))
        {
            var child = access.Children.First(c => c.Id == clash.ChildId);
            errors.Add(nameof(BookingRequest.Dates), $"Le repas du {clash.Date:dd/MM/yyyy} est déjà réservé ou dans votre panier pour {child.FirstName}.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var pricing = await schedule.PricingAsync(db.Bookings, service.Id, familyId, meals, dates[0], dates[^1], cancellationToken);
        var priced = meals.Select(meal => (meal.ChildId, meal.Date, Price: pricing.Price(price!.Value, meal.ChildId, meal.Date))).ToList();
        if (await services.BillingAsync(service.Id, cancellationToken) == BillingMode.Monthly)
        {
            return AppResult<PreparedMeals>.Ok(new PreparedMeals([], priced.Select(m => new Booking
            {
                ServiceId = service.Id, ChildId = m.ChildId, Date = m.Date, RegieId = service.RegieId, TariffCategoryId = access.TariffCategoryId,
                UnitCents = m.Price.Cents, PriceRule = m.Price.Rule,
            }).ToList()));
        }

        return AppResult<PreparedMeals>.Ok(new PreparedMeals(priced.Select(meal =>
        {
            var child = access.Children.First(c => c.Id == meal.ChildId);
            return new CartLineRequest(
                CantineModule.ModuleId, service.Id, service.RegieId, service.Commune, child.Id, meal.Date, access.TariffCategoryId,
                $"Repas du {meal.Date.ToString("ddd dd/MM/yyyy", French)} – {child.FirstName} ({service.Name})", meal.Price.Cents, 1) { PriceRule = meal.Price.Rule };
        }).ToList(), []));
    }

    /// <summary>The meals of these children for a service between two dates that are booked (held or confirmed, by this
    /// family or by the other household of a shared child) or in this family's cart.</summary>
    public async Task<IReadOnlyList<TakenMeal>> TakenAsync(
        Guid familyId, IReadOnlyCollection<Guid> childIds, Guid serviceId, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var booked = await db.Bookings.AsNoTracking()
            .Where(b => childIds.Contains(b.ChildId) && b.ServiceId == serviceId && b.Date >= first && b.Date <= last
                        && (b.State == BookingState.PendingPayment || b.State == BookingState.Confirmed))
            .Select(b => new TakenMeal(b.ChildId, b.Date, false))
            .ToListAsync(cancellationToken);
        var inCart = (await cart.LinesAsync(familyId, CantineModule.ModuleId, cancellationToken))
            .Where(l => l.ServiceId == serviceId && l.ChildId is not null && l.Date is { } date && date >= first && date <= last)
            .Select(l => new TakenMeal(l.ChildId!.Value, l.Date!.Value, true));
        return [.. booked, .. inCart];
    }

    public async Task<IReadOnlyList<BookingView>> ListAsync(Guid familyId, int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.FamilyId == familyId && b.Date >= first && b.Date <= last && b.State != BookingState.Released)
            .OrderBy(b => b.Date)
            .ToListAsync(cancellationToken);
        var views = new List<BookingView>();
        var deadlines = await db.Deadlines.AsNoTracking().ToDictionaryAsync(d => d.ServiceId, cancellationToken);
        var names = new Dictionary<Guid, string>();
        var childNames = (await families.ChildrenAsync([familyId], cancellationToken)).ToDictionary(c => c.Key, c => c.Value.FirstName);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var booking in bookings)
        {
            if (!names.TryGetValue(booking.ServiceId, out var serviceName))
            {
                names[booking.ServiceId] = serviceName = (await catalog.FindAsync(booking.ServiceId, cancellationToken))?.Name ?? "Service fermé";
            }

            var rule = deadlines.GetValueOrDefault(booking.ServiceId)?.Cancellation;
            var cancellable = booking.State == BookingState.Confirmed && rule is not null && rule.IsOpen(booking.Date, now);
            views.Add(new BookingView(
                booking.Id, booking.ServiceId, serviceName, booking.ChildId, childNames.GetValueOrDefault(booking.ChildId, ""), booking.Date, booking.State,
                booking.UnitCents, cancellable ? rule!.LocalDeadline(booking.Date) : null, booking.CancellationReason));
        }

        return views;
    }

    /// <summary>Cancels a confirmed meal before the service's cancellation deadline and gives its price back.</summary>
    public async Task<AppResult<long>> CancelAsync(Guid familyId, Guid bookingId, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId && b.FamilyId == familyId, cancellationToken);
        if (booking is null)
        {
            return AppResult<long>.NotFound();
        }

        if (booking.State == BookingState.Cancelled)
        {
            return AlreadyCancelled();
        }

        if (booking.State != BookingState.Confirmed)
        {
            return AppResult<long>.Invalid("Booking", "Ce repas n'est pas réservé : il ne peut pas être annulé.");
        }

        var rule = (await db.Deadlines.AsNoTracking().SingleOrDefaultAsync(d => d.ServiceId == booking.ServiceId, cancellationToken))?.Cancellation;
        if (rule is null || !rule.IsOpen(booking.Date, clock.GetUtcNow().UtcDateTime))
        {
            var limit = rule?.LocalDeadline(booking.Date).ToString("dddd dd/MM/yyyy 'à' HH:mm", French);
            return AppResult<long>.Invalid("Booking", $"Le délai d'annulation est dépassé{(limit is null ? "" : $" (il fallait annuler avant le {limit})")} : ce repas reste dû.");
        }

        return await CancelAndRefundAsync(booking, $"Annulation du repas du {booking.Date:dd/MM/yyyy}", cancellationToken);
    }

    /// <summary>Closes days of a service; the meals already booked on them are cancelled, refunded and the families told.</summary>
    public async Task<AppResult<ScheduleView>> CloseAsync(Guid serviceId, ClosureInput input, CancellationToken cancellationToken)
    {
        var closed = await schedule.AddClosureAsync(serviceId, input, cancellationToken);
        if (closed.Succeeded)
        {
            var to = input.To ?? input.From!.Value;
            var days = Enumerable.Range(0, to.DayNumber - input.From!.Value.DayNumber + 1).Select(input.From.Value.AddDays).ToList();
            await CancelForClosureAsync(serviceId, days, input.Reason!.Trim(), cancellationToken);
        }

        return closed;
    }

    private async Task CancelForClosureAsync(Guid serviceId, IReadOnlyCollection<DateOnly> days, string reason, CancellationToken cancellationToken)
    {
        var cancelled = await lines.CancelDaysAsync(serviceId, days, b => $"Fermeture du {b.Date:dd/MM/yyyy} : {reason}", cancellationToken);
        foreach (var (booking, refunded) in cancelled)
        {
            var family = await families.FindAsync(booking.FamilyId, cancellationToken);
            foreach (var adult in family?.AdultEmails ?? [])
            {
                await email.SendAsync(
                    new EmailMessage(adult, $"Repas annulé le {booking.Date:dd/MM/yyyy}",
                        $"Bonjour,\n\nLe service de restauration est fermé le {booking.Date.ToString("dddd dd MMMM yyyy", French)} ({reason}). " +
                        $"Le repas réservé ce jour-là est annulé et {Euros.Format(refunded)} vous sont rendus par le moyen qui l'avait payé.\n"),
                    cancellationToken);
            }
        }
    }

    private async Task<AppResult<long>> CancelAndRefundAsync(Booking booking, string reason, CancellationToken cancellationToken) =>
        await lines.CancelAndRefundAsync(booking, reason, cancellationToken) ?? AlreadyCancelled();

    private static AppResult<long> AlreadyCancelled() => AppResult<long>.Invalid("Booking", "Ce repas est déjà annulé.");
}
