using Platform.Core.Application;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Host.Access;
using Platform.Host.Security;

namespace Platform.Host.Pages.Agent;

public sealed class DemandeModel(AccessReviewService review) : PageModel
{
    public AccessRequestView? AccessRequest { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        AccessRequest = (await review.GetAsync(CurrentUser.From(User), id, cancellationToken)).Value;
        return AccessRequest is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostValiderAsync(Guid id, CancellationToken cancellationToken) =>
        await Decide(id, () => review.ValidateAsync(CurrentUser.From(User), id, cancellationToken), "Demande validée : la famille est prévenue par e-mail.", cancellationToken);

    public async Task<IActionResult> OnPostRefuserAsync(Guid id, CancellationToken cancellationToken) =>
        await Decide(id, () => review.RefuseAsync(CurrentUser.From(User), id, Reason, cancellationToken), "Demande refusée : la famille est prévenue par e-mail.", cancellationToken);

    private async Task<IActionResult> Decide(
        Guid id, Func<Task<AppResult<AccessRequestView>>> decide, string message, CancellationToken cancellationToken)
    {
        var result = await decide();
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, prefix: "");
            AccessRequest = (await review.GetAsync(CurrentUser.From(User), id, cancellationToken)).Value;
            return Page();
        }

        TempData["Message"] = message;
        return Redirect("/agent/demandes");
    }
}
