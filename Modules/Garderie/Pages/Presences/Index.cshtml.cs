using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Modules.Garderie.Application;

namespace Platform.Modules.Garderie.Pages.Presences;

/// <summary>The staff's day sheet on a tablet: per slot, the children booked, "Arrivée" and "Départ" in one tap (or a
/// time typed afterwards), and the late pick-up charge a departure after closing time gives.</summary>
[Authorize(Roles = "agent,administrateur")]
public sealed class IndexModel(IServiceCatalog catalog, GarderieAttendance attendance, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "service")]
    public Guid? ServiceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "jour")]
    public DateOnly? Day { get; set; }

    public IReadOnlyList<ServiceSummary> Services { get; private set; } = [];

    public DaySheet? Sheet { get; private set; }

    public DateOnly Today => ParisTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <param name="now">"arrivee" or "depart": that moment, to the minute, instead of the times typed.</param>
    public async Task<IActionResult> OnPostAsync(
        Guid slotId, Guid familyId, Guid childId, TimeOnly? arrivedAt, TimeOnly? leftAt, string? now, CancellationToken cancellationToken)
    {
        if (ServiceId is not { } serviceId || Day is not { } day || !Plausible(day))
        {
            return NotFound();
        }

        var minute = TimeOnly.FromDateTime(ParisTime.ToParis(clock.GetUtcNow().UtcDateTime));
        minute = new TimeOnly(minute.Hour, minute.Minute);
        var input = now switch
        {
            "arrivee" => new AttendanceInput(day, slotId, familyId, childId, minute, null),
            "depart" => new AttendanceInput(day, slotId, familyId, childId, null, minute),
            _ => new AttendanceInput(day, slotId, familyId, childId, arrivedAt, leftAt),
        };
        var result = await attendance.RecordAsync(User, serviceId, input, cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            if (!await LoadAsync(cancellationToken))
            {
                return NotFound();
            }

            var name = Sheet?.Slots.SelectMany(s => s.Children).FirstOrDefault(c => c.ChildId == childId)?.Name;
            foreach (var message in result.Errors.Values.SelectMany(m => m))
            {
                ModelState.AddModelError(string.Empty, name is null ? message : $"{name} : {message}");
            }

            return Page();
        }

        return Redirect($"/agent/garderie/presences?service={serviceId}&jour={day:yyyy-MM-dd}#enfant-{slotId:N}-{childId:N}");
    }

    /// <summary>A day a presence can be looked at (years 2000 to 2100); any other is read as today.</summary>
    private static bool Plausible(DateOnly day) => day.Year is >= 2000 and <= 2100;

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (Day is { } asked && !Plausible(asked))
        {
            Day = null;
        }

        Services = await catalog.ForAgentAsync(User, GarderieModule.ModuleId, cancellationToken);
        ServiceId ??= Services.Count == 1 ? Services[0].Id : null;
        if (ServiceId is not { } serviceId)
        {
            return true;
        }

        var sheet = await attendance.DayAsync(User, serviceId, Day ?? Today, cancellationToken);
        if (!sheet.Succeeded)
        {
            return false;
        }

        Sheet = sheet.Value;
        Day = Sheet!.Date;
        return true;
    }
}
