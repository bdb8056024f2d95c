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

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Access is null)
        {
            return NotFound();
        }

        var dates = Dates.Concat(Calendar!.Days.Where(d => d.State == DayState.Bookable && Weekdays.Contains(d.Date.DayOfWeek)).Select(d => d.Date)).Distinct().ToList();
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
        var today = ParisTime.Today(clock);
        FirstDay = ParisTime.TryParseMonth(Month, out var first) ? first : new DateOnly(today.Year, today.Month, 1);
        Calendar = (await schedule.MonthAsync(Commune, ServiceId, FirstDay.Year, FirstDay.Month, cancellationToken)).Value;
        UnitCents = Access is null ? 0 : await schedule.PriceAsync(ServiceId, Access.TariffCategoryId, cancellationToken) ?? 0;
        return Calendar is not null;
    }
}
