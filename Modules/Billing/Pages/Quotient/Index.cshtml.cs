using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Tenancy;
using Platform.Modules.Billing.Endpoints;
using Platform.Modules.Billing.Tariffs;

namespace Platform.Modules.Billing.Pages.Quotient;

/// <summary>"Mon quotient familial": the family sends its CAF or MSA certificate and follows the agent's decision.</summary>
[Authorize]
public sealed class IndexModel(IFamilyDirectory families, QuotientDeclarations quotients) : PageModel
{
    public bool HasFamily { get; private set; }

    public IReadOnlyList<QuotientView> Declarations { get; private set; } = [];

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public int? Value { get; set; }

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
        var result = await quotients.DeclareAsync(family.Id, Organisation, Value, await Uploads.ReadAsync(Certificate, cancellationToken), cancellationToken);
        if (result.Succeeded)
        {
            Done = "Votre attestation est envoyée : un agent la vérifie, vous recevrez un courriel dès qu'elle est validée.";
            return Redirect("/quotient-familial");
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
        if (await families.CurrentFamilyAsync(HttpContext, cancellationToken) is { } family)
        {
            HasFamily = true;
            Declarations = await quotients.ForFamilyAsync(family.Id, cancellationToken);
        }
    }
}
