using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Core.Email;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;
using Platform.Modules.Garderie.Data;

namespace Platform.Modules.Garderie.Application;

public sealed record CareItem(DateOnly? Date, Guid? SlotId);

/// <summary>Every chosen child in every chosen slot of a day.</summary>
public sealed record CareRequest(Guid? ServiceId, IReadOnlyList<Guid>? ChildIds, IReadOnlyList<CareItem>? Items);

/// <summary>A child, a day and a slot.</summary>
public sealed record CareChoice(Guid ChildId, DateOnly Date, Guid SlotId);

/// <summary>Slots checked and priced, ready to be booked: into the cart, or at once when billed monthly.</summary>
public sealed record PreparedCare(IReadOnlyList<CartLineRequest> CartLines, IReadOnlyList<CareBooking> PostPaid);

public sealed record CareBookingView(
    Guid Id, Guid ServiceId, string ServiceName, Guid ChildId, string ChildName, DateOnly Date, Guid SlotId, string Slot, TimeOnly Start, TimeOnly End,
    BookingState State, long UnitCents, bool PostPaid, bool LateBooking, DateTime? CancellableUntilLocal, string? CancellationReason);

/// <summary>The parent's side of the garderie: slots booked for several children and days, all or none — into the
/// cart when the service is paid at booking, confirmed at once when it is billed monthly — "Mes réservations", and
/// cancellation before the deadline.</summary>
public sealed class GarderieBookings(
    GarderieDbContext db,
    GarderieSchedule schedule,
    GarderieSetup setup,
    IServiceCatalog catalog,
    IFamilyDirectory families,
    ICart cart,
    BookingLines<CareBooking> lines,
    IEmailSender email,
    TimeProvider clock)
{
    public const int MaxSlotsAtOnce = 400;
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async Task<AppResult<ChoicesBooked>> BookAsync(Guid familyId, CareRequest request, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        var children = (request.ChildIds ?? []).Distinct().ToList();
        var items = (request.Items ?? []).Distinct().ToList();
        if (items.Any(i => i is null))
        {
            return AppResult<ChoicesBooked>.Invalid(nameof(request.Items), "Choisissez au moins un créneau (une date et un créneau).");
        }

        if (request.ServiceId is null)
        {
            return AppResult<ChoicesBooked>.Invalid(nameof(request.ServiceId), "Choisissez un service de garderie.");
        }

        if (children.Count == 0)
        {
            errors.Add(nameof(request.ChildIds), "Choisissez au moins un enfant.");
        }

        if (items.Count == 0 || items.Any(i => i.Date is null || i.SlotId is null))
        {
            errors.Add(nameof(request.Items), "Choisissez au moins un créneau (une date et un créneau).");
        }

        if (errors.Any)
        {
            return errors;
        }

        var prepared = await PrepareAsync(familyId, request.ServiceId, [.. from i in items from c in children select new CareChoice(c, i.Date!.Value, i.SlotId!.Value)], cancellationToken);
        return prepared.Succeeded ? await CommitAsync(familyId, [prepared.Value!], cancellationToken) : AppResult<ChoicesBooked>.Invalid(prepared.Errors);
    }

    /// <summary>Books what <see cref="PrepareAsync"/> made ready: the monthly-billed slots at once (the database
    /// refuses a slot booked meanwhile), then the others into the cart.</summary>
    public async Task<AppResult<ChoicesBooked>> CommitAsync(Guid familyId, IReadOnlyList<PreparedCare> prepared, CancellationToken cancellationToken)
    {
        var postPaid = prepared.SelectMany(p => p.PostPaid).ToList();
        if (postPaid.Count > 0 && !await lines.TryBookPostPaidAsync(familyId, postPaid, cancellationToken))
        {
            return AppResult<ChoicesBooked>.Invalid(nameof(CareRequest.Items), "Un de ces créneaux vient d'être réservé par ailleurs : rechargez la page.");
        }

        var cartLines = prepared.SelectMany(p => p.CartLines).ToList();
        if (cartLines.Count == 0)
        {
            return AppResult<ChoicesBooked>.Ok(new ChoicesBooked(0, postPaid.Count));
        }

        var added = await cart.AddAsync(familyId, cartLines, cancellationToken);
        return added.Succeeded ? AppResult<ChoicesBooked>.Ok(new ChoicesBooked(cartLines.Count, postPaid.Count)) : AppResult<ChoicesBooked>.Invalid(added.Errors);
    }

    /// <summary>The cart lines, or the lines billed monthly, for these slots (a child, a day and a slot each), once
    /// every check passed: access validated, each slot bookable (late at the surcharge), none taken. Nothing is written.</summary>
    public async Task<AppResult<PreparedCare>> PrepareAsync(Guid familyId, Guid? serviceId, IReadOnlyList<CareChoice> choices, CancellationToken cancellationToken)
    {
        var service = serviceId is { } id ? await schedule.FindOwnAsync(id, cancellationToken) : null;
        if (service is null)
        {
            return AppResult<PreparedCare>.Invalid(nameof(CareRequest.ServiceId), "Choisissez un service de garderie.");
        }

        var access = await families.ValidatedAccessAsync(familyId, service.Id, cancellationToken);
        if (access is null)
        {
            return AppResult<PreparedCare>.Invalid(nameof(CareRequest.ServiceId), "Votre demande d'accès à ce service n'est pas encore validée : vous ne pouvez pas encore réserver.");
        }

        var errors = new Errors();
        choices = choices.Distinct().ToList();
        if (choices.Count > MaxSlotsAtOnce)
        {
            errors.Add(nameof(CareRequest.Items), $"Réservez au plus {MaxSlotsAtOnce} créneaux à la fois.");
        }

        if (choices.Any(c => access.Children.All(a => a.Id != c.ChildId)))
        {
            errors.Add(nameof(CareRequest.ChildIds), "Cet enfant n'est pas inscrit à ce service.");
        }

        var slots = (await setup.SlotsAsync(service.Id, cancellationToken)).ToDictionary(s => s.Id);
        if (choices.Any(c => !slots.ContainsKey(c.SlotId)))
        {
            errors.Add(nameof(CareRequest.Items), "Ce créneau n'existe pas dans ce service.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var prices = new Dictionary<Guid, long>();
        foreach (var slot in choices.Select(c => slots[c.SlotId]).Distinct())
        {
            if (await schedule.PriceAsync(service.Id, access.TariffCategoryId, slot.Id, cancellationToken) is { } cents)
            {
                prices[slot.Id] = cents;
            }
            else
            {
                errors.Add(nameof(CareRequest.Items), $"Le prix du créneau « {slot.Label} » n'est pas encore fixé : réessayez plus tard.");
            }
        }

        var settings = await setup.SettingsAsync(service.Id, cancellationToken);
        var calendar = await schedule.CalendarAsync(service.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var offers = choices.Select(c => (c.Date, c.SlotId)).Distinct().OrderBy(i => i.Date).ThenBy(i => slots[i.SlotId].Start)
            .ToDictionary(i => i, i => CareOffers.Offer(calendar.Day(i.Date, now), slots[i.SlotId], settings, now));
        foreach (var offer in offers.Values.Where(o => !o.CanBook))
        {
            errors.Add(nameof(CareRequest.Items), $"Le créneau « {offer.Slot.Label} » du {offer.Date.ToString("dddd dd/MM/yyyy", French)} n'est pas réservable : {offer.WhyNotBookable()}.");
        }

        if (errors.Any)
        {
            return errors;
        }

        foreach (var clash in await ClashesAsync(familyId, service.Id, choices, cancellationToken))
        {
            var child = access.Children.First(c => c.Id == clash.ChildId);
            errors.Add(nameof(CareRequest.Items), $"Le créneau « {slots[clash.SlotId].Label} » du {clash.Date:dd/MM/yyyy} est déjà réservé ou dans votre panier pour {child.FirstName}.");
        }

        if (errors.Any)
        {
            return errors;
        }

        var pricing = await schedule.PricingAsync(
            db.Bookings, service.Id, familyId, choices.Select(c => (c.ChildId, c.Date)).ToList(),
            choices.Select(c => c.Date).DefaultIfEmpty().Min(), choices.Select(c => c.Date).DefaultIfEmpty().Max(), cancellationToken);
        var wanted = choices.OrderBy(c => c.Date).ThenBy(c => slots[c.SlotId].Start)
            .Select(c => (Offer: offers[(c.Date, c.SlotId)], Child: access.Children.First(a => a.Id == c.ChildId)))
            .Select(w => (w.Offer, w.Child, Price: pricing.Price(prices[w.Offer.Slot.Id], w.Child.Id, w.Offer.Date)))
            .Select(w => (w.Offer, w.Child, w.Price.Rule, Cents: CareOffers.Price(w.Price.Cents, w.Offer, settings)))
            .ToList();
        if (settings.Billing == BillingMode.Monthly)
        {
            return AppResult<PreparedCare>.Ok(new PreparedCare([], wanted.Select(w => new CareBooking
            {
                ServiceId = service.Id, ChildId = w.Child.Id, Date = w.Offer.Date, ItemId = w.Offer.Slot.Id, RegieId = service.RegieId,
                TariffCategoryId = access.TariffCategoryId, UnitCents = w.Cents, PriceRule = w.Rule, LateBooking = w.Offer.State == SlotState.LateBookable,
            }).ToList()));
        }

        return AppResult<PreparedCare>.Ok(new PreparedCare(wanted.Select(w => new CartLineRequest(
            GarderieModule.ModuleId, service.Id, service.RegieId, service.Commune, w.Child.Id, w.Offer.Date, access.TariffCategoryId,
            Label(w.Offer, w.Child.FirstName, service.Name, settings), w.Cents, 1) { ItemId = w.Offer.Slot.Id, PriceRule = w.Rule }).ToList(), []));
    }

    public async Task<IReadOnlyList<CareBookingView>> ListAsync(Guid familyId, int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.FamilyId == familyId && b.Date >= first && b.Date <= last && b.State != BookingState.Released)
            .OrderBy(b => b.Date)
            .ToListAsync(cancellationToken);
        var serviceIds = bookings.Select(b => b.ServiceId).Distinct().ToList();
        var slots = await db.Slots.AsNoTracking().Where(s => serviceIds.Contains(s.ServiceId)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var deadlines = await db.Deadlines.AsNoTracking().Where(d => serviceIds.Contains(d.ServiceId)).ToDictionaryAsync(d => d.ServiceId, cancellationToken);
        var names = new Dictionary<Guid, string>();
        foreach (var serviceId in serviceIds)
        {
            names[serviceId] = (await catalog.FindAsync(serviceId, cancellationToken))?.Name ?? "Service fermé";
        }

        var childNames = (await families.ChildrenAsync([familyId], cancellationToken)).ToDictionary(c => c.Key, c => c.Value.FirstName);

        var now = clock.GetUtcNow().UtcDateTime;
        return bookings.Select(b =>
        {
            var slot = slots[b.ItemId!.Value];
            var rule = deadlines.GetValueOrDefault(b.ServiceId)?.Cancellation;
            var cancellable = b.State == BookingState.Confirmed && rule is not null && rule.IsOpen(b.Date, now);
            return new CareBookingView(
                b.Id, b.ServiceId, names[b.ServiceId], b.ChildId, childNames.GetValueOrDefault(b.ChildId, ""), b.Date, slot.Id, slot.Label, slot.Start, slot.End,
                b.State, b.UnitCents, b.PostPaid, b.LateBooking, cancellable ? rule!.LocalDeadline(b.Date) : null, b.CancellationReason);
        }).OrderBy(v => v.Date).ThenBy(v => v.Start).ToList();
    }

    /// <summary>Cancels a booked slot before the service's cancellation deadline: its price is given back, or it
    /// leaves the coming invoice when the service bills monthly.</summary>
    public async Task<AppResult<long>> CancelAsync(Guid familyId, Guid bookingId, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId && b.FamilyId == familyId, cancellationToken);
        if (booking is null)
        {
            return AppResult<long>.NotFound();
        }

        if (booking.State != BookingState.Confirmed)
        {
            return AppResult<long>.Invalid("Booking", booking.State == BookingState.Cancelled ? AlreadyCancelled : "Ce créneau n'est pas réservé : il ne peut pas être annulé.");
        }

        var rule = (await db.Deadlines.AsNoTracking().SingleOrDefaultAsync(d => d.ServiceId == booking.ServiceId, cancellationToken))?.Cancellation;
        if (rule is null || !rule.IsOpen(booking.Date, clock.GetUtcNow().UtcDateTime))
        {
            var limit = rule?.LocalDeadline(booking.Date).ToString("dddd dd/MM/yyyy 'à' HH:mm", French);
            return AppResult<long>.Invalid("Booking", $"Le délai d'annulation est dépassé{(limit is null ? "" : $" (il fallait annuler avant le {limit})")} : ce créneau reste dû.");
        }

        return await lines.CancelAndRefundAsync(booking, $"Annulation de la garderie du {booking.Date:dd/MM/yyyy}", cancellationToken)
            ?? AppResult<long>.Invalid("Booking", AlreadyCancelled);
    }

    /// <summary>Closes days of a service; the slots already booked on them are cancelled, refunded and the families told.</summary>
    public async Task<AppResult<ScheduleView>> CloseAsync(Guid serviceId, ClosureInput input, CancellationToken cancellationToken)
    {
        var closed = await schedule.AddClosureAsync(serviceId, input, cancellationToken);
        if (!closed.Succeeded)
        {
            return closed;
        }

        var reason = input.Reason!.Trim();
        var to = input.To ?? input.From!.Value;
        var days = Enumerable.Range(0, to.DayNumber - input.From!.Value.DayNumber + 1).Select(input.From.Value.AddDays).ToList();
        foreach (var (booking, refunded) in await lines.CancelDaysAsync(serviceId, days, b => $"Fermeture du {b.Date:dd/MM/yyyy} : {reason}", cancellationToken))
        {
            var money = booking.PostPaid ? "Il ne vous sera pas facturé." : $"{Euros.Format(refunded)} vous sont rendus par le moyen qui l'avait payé.";
            foreach (var adult in (await families.FindAsync(booking.FamilyId, cancellationToken))?.AdultEmails ?? [])
            {
                await email.SendAsync(
                    new EmailMessage(adult, $"Garderie annulée le {booking.Date:dd/MM/yyyy}",
                        $"Bonjour,\n\nLa garderie est fermée le {booking.Date.ToString("dddd dd MMMM yyyy", French)} ({reason}). " +
                        $"Le créneau réservé ce jour-là est annulé. {money}\n"),
                    cancellationToken);
            }
        }

        return closed;
    }

    private const string AlreadyCancelled = "Ce créneau est déjà annulé.";

    private async Task<IReadOnlyList<CareChoice>> ClashesAsync(Guid familyId, Guid serviceId, IReadOnlyList<CareChoice> choices, CancellationToken cancellationToken)
    {
        var children = choices.Select(c => c.ChildId).Distinct().ToList();
        var dates = choices.Select(c => c.Date).Distinct().ToList();
        var wanted = choices.ToHashSet();
        var booked = await db.Bookings.AsNoTracking()
            .Where(b => b.ServiceId == serviceId && children.Contains(b.ChildId) && dates.Contains(b.Date)
                        && (b.State == BookingState.PendingPayment || b.State == BookingState.Confirmed))
            .Select(b => new { b.ChildId, b.Date, b.ItemId })
            .ToListAsync(cancellationToken);
        var inCart = (await cart.LinesAsync(familyId, GarderieModule.ModuleId, cancellationToken))
            .Where(l => l.ServiceId == serviceId && l.ChildId is not null && l.Date is not null)
            .Select(l => new { ChildId = l.ChildId!.Value, Date = l.Date!.Value, l.ItemId });
        return booked.Concat(inCart)
            .Where(t => t.ItemId is not null)
            .Select(t => new CareChoice(t.ChildId, t.Date, t.ItemId!.Value))
            .Where(wanted.Contains)
            .Distinct()
            .ToList();
    }

    private static string Label(SlotOffer offer, string child, string service, CareSettings settings) =>
        $"Garderie {offer.Slot.Label.ToLower(French)} du {offer.Date.ToString("ddd dd/MM/yyyy", French)} – {child} ({service})"
        + (offer.State == SlotState.LateBookable ? $", réservation tardive +{settings.LateBookingSurchargePercent} %" : "");
}
