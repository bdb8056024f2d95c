using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Host.Accounts;
using Platform.Host.Security;

namespace Platform.Host.Pages.Compte;

[AllowAnonymous]
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class MotDePasseOublieModel(AccountService accounts) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!AccountService.IsEmail(Email))
        {
            ModelState.AddModelError(nameof(Email), "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");
            return Page();
        }

        await accounts.RequestPasswordResetAsync(Email, cancellationToken);
        Sent = true;
        return Page();
    }
}
