using Platform.Core.Application;
using Microsoft.AspNetCore.Mvc;
using Platform.Host.Families;

namespace Platform.Host.Pages.Famille;

public sealed class IndexModel(FamilyService families, CalendarFeeds calendars) : FamilyPageModel(families)
{
    [BindProperty]
    public string? InviteEmail { get; set; }

    /// <summary>The family has a calendar address (it is only shown when made, in <see cref="NewCalendarUrl"/>).</summary>
    public bool CalendarActive { get; private set; }

    [TempData]
    public string? NewCalendarUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is { } family)
        {
            CalendarActive = await calendars.IsActiveAsync(family.Id, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCalendrierAsync(CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is not { } family)
        {
            return NotFound();
        }

        NewCalendarUrl = (await calendars.RenewAsync(family.Id, cancellationToken)).Value;
        TempData["Message"] = "Nouvelle adresse de calendrier créée : l'ancienne ne fonctionne plus.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevoquerCalendrierAsync(CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is not { } family)
        {
            return NotFound();
        }

        await calendars.RevokeAsync(family.Id, cancellationToken);
        TempData["Message"] = "L'adresse du calendrier est révoquée : les agendas qui l'utilisaient ne reçoivent plus vos réservations.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostInviterAsync(CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is not { } family)
        {
            return NotFound();
        }

        var result = await FamilyService.InviteAdultAsync(Me, family.Id, InviteEmail, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(InviteEmail), result.Errors.Values.First()[0]);
            return Page();
        }

        TempData["Message"] = $"Invitation envoyée à {InviteEmail}.";
        return RedirectToPage();
    }
}
