using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Absences;
using Platform.Modules.Billing.Endpoints;

namespace Platform.Modules.Billing.Pages.Absences;

/// <summary>"Signaler une absence": the days a child missed, the certificate, and what each absence credited.</summary>
[Authorize]
public sealed class IndexModel(IFamilyDirectory families, FamilyAbsences absences, TimeProvider clock) : PageModel
{
    public bool HasFamily { get; private set; }

    public IReadOnlyList<ChildSummary> Children { get; private set; } = [];

    public IReadOnlyList<AbsenceService> Services { get; private set; } = [];

    public IReadOnlyList<AbsenceView> Reported { get; private set; } = [];

    public DateOnly Today => ParisTime.Today(clock);

    [BindProperty]
    public Guid? ChildId { get; set; }

    [BindProperty]
    public DateOnly? From { get; set; }

    [BindProperty]
    public DateOnly? To { get; set; }

    [BindProperty]
    public IFormFile? Certificate { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await families.CurrentFamilyAsync(HttpContext, cancellationToken) is not { } family)
        {
            return NotFound();
        }

        ModelState.Clear();
        var result = await absences.ReportAsync(family.Id, new AbsenceInput(ChildId, From, To ?? From, await Uploads.ReadAsync(Certificate, cancellationToken)), cancellationToken);
        if (result.Succeeded)
        {
            var absence = result.Value!;
            Done = absence.CreditedCents > 0
                ? $"Absence de {absence.ChildName} enregistrée : {Euros.Format(absence.CreditedCents)} seront déduits de votre prochaine facture."
                : $"Absence de {absence.ChildName} enregistrée. Selon les règles des services, aucun jour n'est remboursé.";
            return Redirect("/absences");
        }

        foreach (var (field, messages) in result.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (await families.CurrentFamilyAsync(HttpContext, cancellationToken) is not { } family)
        {
            return;
        }

        HasFamily = true;
        Children = (await families.ChildrenAsync([family.Id], cancellationToken)).Values.OrderBy(c => c.FirstName).ToList();
        Services = await absences.ServicesAsync(family.Id, cancellationToken);
        Reported = await absences.ListAsync(family.Id, cancellationToken);
    }
}
