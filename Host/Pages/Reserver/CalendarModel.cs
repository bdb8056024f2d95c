using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Core.Application;
using Platform.Core.Booking;
using Platform.Host.Booking;
using Platform.Host.Families;

namespace Platform.Host.Pages.Reserver;

/// <summary>One calendar for every service: "Réserver" (what the family's children can book, ticked day by day or by
/// weekday for the month or the week, into one cart) and "Mes réservations" (what is booked, cancelled after a
/// confirmation that states the refund). Both pages share this model; each module brings its offers.</summary>
[Authorize]
public sealed class CalendarModel(FamilyService families, FamilyCalendars calendars, TimeProvider clock) : FamilyPageModel(families)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [BindProperty(SupportsGet = true, Name = "mois")]
    public string? Month { get; set; }

    /// <summary>The Monday of the week shown, for the week view (yyyy-MM-dd).</summary>
    [BindProperty(SupportsGet = true, Name = "semaine")]
    public DateOnly? Week { get; set; }

    /// <summary>Shows one service only (from a service's "Réserver" action).</summary>
    [BindProperty(SupportsGet = true, Name = "service")]
    public Guid? ServiceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "annuler")]
    public Guid? CancelId { get; set; }

    /// <summary>Ticked offers: "serviceId|childId|yyyy-MM-dd|itemId".</summary>
    [BindProperty(Name = "choix")]
    public List<string> Choices { get; set; } = [];

    /// <summary>"Présence régulière": "serviceId|childId|weekday|kind", for every free day of the range shown.</summary>
    [BindProperty(Name = "regulier")]
    public List<string> Regular { get; set; } = [];

    public bool OnlyBooked => Request.Path.StartsWithSegments("/reservations", StringComparison.OrdinalIgnoreCase);

    public DateOnly FirstDay { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public IReadOnlyList<CalendarOffer> Offers { get; private set; } = [];

    public CalendarOffer? ToCancel => CancelId is { } id ? Offers.FirstOrDefault(o => o.LineId == id && o.Refund is not null) : null;

    public bool HasCalendars => calendars.Any;

    /// <summary>The weeks shown, Monday first, each with its seven days (those outside the range are not shown).</summary>
    public IReadOnlyList<DateOnly[]> Weeks { get; private set; } = [];

    public IReadOnlyList<DayOfWeek> Weekdays { get; private set; } = [];

    /// <summary>What can be booked regularly in the range: each child's kind of offer in each service.</summary>
    public IReadOnlyList<CalendarOffer> Patterns { get; private set; } = [];

    public string ChildName(Guid childId) => Family?.Children.FirstOrDefault(c => c.Id == childId)?.FirstName ?? "Enfant";

    public string PageUrl(string? extra = null)
    {
        var query = new List<string> { Week is { } week ? $"semaine={week:yyyy-MM-dd}" : $"mois={FirstDay:yyyy-MM}" };
        if (ServiceId is { } service)
        {
            query.Add($"service={service}");
        }

        if (extra is not null)
        {
            query.Add(extra);
        }

        return $"{Request.Path}?{string.Join("&", query)}";
    }

    public static string Value(CalendarOffer offer) => $"{offer.ServiceId}|{offer.ChildId}|{offer.Date:yyyy-MM-dd}|{offer.ItemId}";

    public static string PatternValue(CalendarOffer offer, DayOfWeek day) => $"{offer.ServiceId}|{offer.ChildId}|{day}|{offer.Kind}";

    /// <summary>What an offer is, with its service's name when another service offers the same that day.</summary>
    public string KindOf(CalendarOffer offer, IEnumerable<CalendarOffer> sameDay) =>
        sameDay.Any(o => o.Date == offer.Date && o.Kind == offer.Kind && o.ServiceId != offer.ServiceId) ? $"{offer.Kind} – {offer.ServiceName}" : offer.Kind;

    public static string StateLabel(OfferState state) => state switch
    {
        OfferState.Booked => "Réservé",
        OfferState.AwaitingPayment => "À payer",
        OfferState.InCart => "Dans le panier",
        OfferState.Closed => "Fermé",
        OfferState.NotYetOpen => "Pas encore ouvert",
        OfferState.Full or OfferState.SoldOut => "Complet",
        OfferState.Waiting => "Liste d'attente",
        OfferState.Incomplete => "À compléter",
        _ => "Délai passé",
    };

    public static string DayName(DateOnly date) => date.ToString("dddd d MMMM", French);

    public static string Times(CalendarOffer offer) => offer.Start is { } start && offer.End is { } end ? $"{start:H\\hmm}–{end:H\\hmm}" : "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } family)
        {
            return NotFound();
        }

        var chosen = Choices.Select(Parse).OfType<OfferChoice>()
            .Concat(Offers.Where(o => o.State == OfferState.Free && Regular.Contains(PatternValue(o, o.Date.DayOfWeek)))
                .Select(o => new OfferChoice(o.ServiceId, o.ChildId, o.Date, o.ItemId)))
            .Distinct()
            .ToList();
        if (chosen.Count == 0)
        {
            ModelState.AddModelError("choix", "Cochez au moins un repas, un créneau ou une séance.");
            return Page();
        }

        var booked = await calendars.BookAsync(family.Id, chosen, cancellationToken);
        var done = Done(booked);
        if (booked.Errors.Count > 0)
        {
            foreach (var error in booked.Errors)
            {
                ModelState.AddModelError("choix", error);
            }

            if (done is not null)
            {
                ModelState.AddModelError("choix", $"Le reste est fait : {done}.");
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = $"{done}.";
        return Redirect(booked.InCart > 0 ? "/panier" : PageUrl());
    }

    public async Task<IActionResult> OnPostAnnulerAsync(Guid lineId, Guid serviceId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } family)
        {
            return NotFound();
        }

        var result = await calendars.CancelAsync(family.Id, serviceId, lineId, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError("annuler", result.Errors.Values.First()[0]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = result.Value > 0 ? $"Réservation annulée : {Euros.Format(result.Value)} vous sont rendus." : "Réservation annulée.";
        return Redirect(PageUrl());
    }

    private static string? Done(CalendarBooking booked)
    {
        var parts = new List<string>();
        if (booked.InCart > 0)
        {
            parts.Add($"{booked.InCart} réservation{Plural(booked.InCart)} ajoutée{Plural(booked.InCart)} au panier");
        }

        if (booked.Booked > 0)
        {
            parts.Add($"{booked.Booked} réservation{Plural(booked.Booked)} enregistrée{Plural(booked.Booked)}");
        }

        if (booked.Waiting > 0)
        {
            parts.Add($"{booked.Waiting} inscription{Plural(booked.Waiting)} sur liste d'attente");
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string Plural(int count) => count > 1 ? "s" : "";

    private static OfferChoice? Parse(string value)
    {
        var parts = value.Split('|');
        return parts.Length == 4 && Guid.TryParse(parts[0], out var service) && Guid.TryParse(parts[1], out var child)
               && DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
               && (parts[3].Length == 0 || Guid.TryParse(parts[3], out _))
            ? new OfferChoice(service, child, date, parts[3].Length == 0 ? null : Guid.Parse(parts[3]))
            : null;
    }

    private async Task<Platform.Host.Families.FamilyView?> LoadAsync(CancellationToken cancellationToken)
    {
        var family = await LoadFamilyAsync(cancellationToken);
        var today = ParisTime.Today(clock);
        if (Week is { Year: >= 2000 and <= 2100 } week)
        {
            Week = week.AddDays(-(((int)week.DayOfWeek + 6) % 7));
            (From, To) = (Week.Value, Week.Value.AddDays(6));
            FirstDay = new DateOnly(From.Year, From.Month, 1);
        }
        else
        {
            Week = null;
            FirstDay = ParisTime.TryParseMonth(Month, out var first) ? first : new DateOnly(today.Year, today.Month, 1);
            (From, To) = (FirstDay, FirstDay.AddMonths(1).AddDays(-1));
        }

        if (family is null)
        {
            return null;
        }

        Offers = await OffersAsync(family.Id, cancellationToken);
        if (Month is null && Week is null && !OnlyBooked && !Offers.Any(o => o.State is OfferState.Free))
        {
            // Opens on the first month, within three, that still has something to book.
            for (var ahead = 1; ahead <= 3; ahead++)
            {
                var month = FirstDay.AddMonths(ahead);
                var offers = await calendars.OffersAsync(family.Id, month, month.AddMonths(1).AddDays(-1), cancellationToken);
                if (offers.Any(o => o.State is OfferState.Free))
                {
                    (FirstDay, From, To) = (month, month, month.AddMonths(1).AddDays(-1));
                    Offers = Filter(offers);
                    break;
                }
            }
        }

        var start = From.AddDays(-(((int)From.DayOfWeek + 6) % 7));
        Weeks = Enumerable.Range(0, (To.DayNumber - start.DayNumber) / 7 + 1)
            .Select(w => Enumerable.Range(0, 7).Select(d => start.AddDays(w * 7 + d)).ToArray()).ToList();
        var shown = Offers.Select(o => o.Date.DayOfWeek).ToHashSet();
        Weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday }
            .Where(d => d is not (DayOfWeek.Saturday or DayOfWeek.Sunday) || shown.Contains(d)).ToList();
        Patterns = Offers.Where(o => o.State == OfferState.Free)
            .DistinctBy(o => (o.ServiceId, o.ChildId, o.Kind))
            .OrderBy(o => ChildName(o.ChildId), StringComparer.Create(French, true)).ThenBy(o => o.Start ?? new TimeOnly(12, 0))
            .ToList();
        return family;
    }

    private async Task<IReadOnlyList<CalendarOffer>> OffersAsync(Guid familyId, CancellationToken cancellationToken) =>
        Filter(await calendars.OffersAsync(familyId, From, To, cancellationToken));

    private IReadOnlyList<CalendarOffer> Filter(IReadOnlyList<CalendarOffer> offers) =>
        offers.Where(o => ServiceId is null || o.ServiceId == ServiceId)
            .Where(o => !OnlyBooked || o.State is OfferState.Booked or OfferState.AwaitingPayment or OfferState.Waiting)
            .ToList();
}
