using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Modules.Cantine.Application;
using Platform.Core.Booking;

namespace Platform.Modules.Cantine.Pages.Cantine;

/// <summary>"Réserver": children, then the bookable days of a month (each with its deadline), into the cart at once.</summary>
[Authorize]
public sealed class ReserverModel(IFamilyDirectory families, IServiceCatalog catalog, CantineSchedule schedule, CantineBookings bookings, TimeProvider clock) : PageModel
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [FromRoute]
    public string Commune { get; set; } = "";

    [FromRoute]
    public Guid ServiceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "mois")]
    public string? Month { get; set; }

    [BindProperty]
    public List<Guid> ChildIds { get; set; } = [];

    [BindProperty]
    public List<DateOnly> Dates { get; set; } = [];

    [BindProperty]
    public List<DayOfWeek> Weekdays { get; set; } = [];

    public ServiceSummary? Service { get; private set; }

    public ServiceAccess? Access { get; private set; }

    public MonthView? Calendar { get; private set; }

    public long UnitCents { get; private set; }

    public DateOnly FirstDay { get; private set; }

    /// <summary>The month's meals the family already has, booked or in the cart.</summary>
    public IReadOnlyList<TakenMeal> Taken { get; private set; } = [];

    /// <summary>Who already has a meal that day, or null when nobody has; "all" when every child of the access has.</summary>
    public (bool All, bool InCart, string Names)? TakenOn(DateOnly date)
    {
        var taken = Taken.Where(t => t.Date == date).ToList();
        if (taken.Count == 0 || Access is null)
        {
            return null;
        }

        var names = Access.Children.Where(c => taken.Any(t => t.ChildId == c.Id)).Select(c => c.FirstName).ToList();
        return (names.Count == Access.Children.Count, taken.All(t => t.InCart), string.Join(", ", names));
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Access is null)
        {
            return NotFound();
        }

        // "Tous les lundis" adds the Mondays still free for every chosen child; a day one of them already has is left out.
        var takenBySelected = Taken.Where(t => ChildIds.Contains(t.ChildId)).Select(t => t.Date).ToHashSet();
        var pattern = Calendar!.Days.Where(d => d.State == DayState.Bookable && Weekdays.Contains(d.Date.DayOfWeek) && !takenBySelected.Contains(d.Date));
        var dates = Dates.Concat(pattern.Select(d => d.Date)).Distinct().ToList();
        var result = await bookings.AddToCartAsync(Access.FamilyId, new BookingRequest(ServiceId, ChildIds, dates), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (field, messages) in result.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(field, message);
                }
            }

            return Page();
        }

        TempData["Message"] = $"{dates.Count * ChildIds.Distinct().Count()} repas ajoutés au panier.";
        return Redirect("/panier");
    }

    public string Label(DateOnly date) => date.ToString("dddd d MMMM", French);

    public string Deadline(DateTime local) => local.ToString("ddd dd/MM 'à' HH:mm", French);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Service = await catalog.FindAsync(ServiceId, cancellationToken);
        if (Service is null || Service.Commune != Commune || Service.ModuleId != CantineModule.ModuleId)
        {
            return false;
        }

        var family = await families.CurrentFamilyAsync(HttpContext, cancellationToken);
        Access = family is null ? null : await families.ValidatedAccessAsync(family.Id, ServiceId, cancellationToken);
        FirstDay = ParisTime.TryParseMonth(Month, out var first) ? first : await FirstBookableMonthAsync(cancellationToken);
        Calendar = (await schedule.MonthAsync(Commune, ServiceId, FirstDay.Year, FirstDay.Month, cancellationToken)).Value;
        UnitCents = Access is null ? 0 : await schedule.PriceAsync(ServiceId, Access.TariffCategoryId, null, cancellationToken) ?? 0;
        Taken = Access is null
            ? []
            : await bookings.TakenAsync(Access.FamilyId, Access.Children.Select(c => c.Id).ToList(), ServiceId, FirstDay, FirstDay.AddMonths(1).AddDays(-1), cancellationToken);
        return Calendar is not null;
    }

    /// <summary>The page opens on the first month, within a year, that still has a day to book (else this month).</summary>
    private async Task<DateOnly> FirstBookableMonthAsync(CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        var month = new DateOnly(today.Year, today.Month, 1);
        var calendar = await schedule.CalendarAsync(ServiceId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var ahead = 0; ahead < 12; ahead++)
        {
            var candidate = month.AddMonths(ahead);
            if (calendar.Month(candidate.Year, candidate.Month, now).Any(d => d.State == DayState.Bookable))
            {
                return candidate;
            }
        }

        return month;
    }
}
