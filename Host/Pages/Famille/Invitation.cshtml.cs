using Platform.Core.Application;
using Microsoft.AspNetCore.Mvc;
using Platform.Host.Families;

namespace Platform.Host.Pages.Famille;

/// <summary>The page an invitation link opens: who invites, then "accept" once signed in with the invited address.</summary>
public sealed class InvitationModel(FamilyService families) : FamilyPageModel(families)
{
    [FromRoute]
    public string Token { get; set; } = "";

    public InvitationPreview? Preview { get; private set; }

    [BindProperty]
    public Guid? TargetFamilyId { get; set; }

    [BindProperty]
    public Filiation? Filiation { get; set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Preview = (await FamilyService.PreviewInvitationAsync(Token, cancellationToken)).Value;
        if (SignedIn)
        {
            await LoadFamilyAsync(cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return Challenge();
        }

        Preview = (await FamilyService.PreviewInvitationAsync(Token, cancellationToken)).Value;
        await LoadFamilyAsync(cancellationToken);
        var result = await FamilyService.AcceptInvitationAsync(Me, Token, TargetFamilyId ?? Family?.Id, Filiation, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, prefix: "");
            return Page();
        }

        TempData["Message"] = "Invitation acceptée.";
        return Redirect($"/famille?famille={result.Value}");
    }
}
