using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Modules.Cantine.Application;
using Platform.Core.Booking;

namespace Platform.Modules.Cantine.Pages.Cantine;

/// <summary>"Mes réservations": the family's meals of a month, each cancellable until its deadline once the parent has
/// confirmed it, seeing what is given back.</summary>
[Authorize]
public sealed class ReservationsModel(IFamilyDirectory families, CantineBookings bookings, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "mois")]
    public string? Month { get; set; }

    public DateOnly FirstDay { get; private set; }

    public IReadOnlyList<BookingView> Bookings { get; private set; } = [];

    /// <summary>The meal whose cancellation the parent asked for, shown with its refund for confirmation first.</summary>
    [BindProperty(SupportsGet = true, Name = "annuler")]
    public Guid? CancelId { get; set; }

    public BookingView? ToCancel => Bookings.FirstOrDefault(b => b.Id == CancelId && b.CancellableUntilLocal is not null);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAnnulerAsync(Guid bookingId, CancellationToken cancellationToken)
    {
        var family = await families.CurrentFamilyAsync(HttpContext, cancellationToken);
        if (family is null)
        {
            return NotFound();
        }

        var result = await bookings.CancelAsync(family.Id, bookingId, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError("Booking", result.Errors.Values.First()[0]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = $"Repas annulé : {Euros.Format(result.Value)} vous sont rendus.";
        return Redirect($"/reservations?mois={Month}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = ParisTime.Today(clock);
        FirstDay = ParisTime.TryParseMonth(Month, out var first) ? first : new DateOnly(today.Year, today.Month, 1);
        Month = FirstDay.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var family = await families.CurrentFamilyAsync(HttpContext, cancellationToken);
        Bookings = family is null ? [] : await bookings.ListAsync(family.Id, FirstDay.Year, FirstDay.Month, cancellationToken);
    }
}
