using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Modules.Sport.Application;

namespace Platform.Modules.Sport.Pages.Seances;

/// <summary>The organiser's and coach's view of the coming sessions: seats taken, who comes, who waits.</summary>
[Authorize(Roles = "agent,administrateur")]
public sealed class IndexModel(IServiceCatalog catalog, SportRosters rosters, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "service")]
    public Guid? ServiceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? From { get; set; }

    public IReadOnlyList<ServiceSummary> Services { get; private set; } = [];

    public IReadOnlyList<SessionRoster>? Sessions { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Services = await catalog.ForAgentAsync(User, SportModule.ModuleId, cancellationToken);
        ServiceId ??= Services.Count == 1 ? Services[0].Id : null;
        From = From is { Year: >= 2000 and <= 2100 } asked ? asked : ParisTime.Today(clock);
        if (ServiceId is not { } serviceId)
        {
            return Page();
        }

        var found = await rosters.FromAsync(User, serviceId, From.Value, cancellationToken);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        Sessions = found.Value;
        return Page();
    }
}
