using Platform.Core.Application;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Host.Accounts;
using Platform.Host.Security;

namespace Platform.Host.Pages.Compte;

[AllowAnonymous]
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class ReinitialiserModel(AccountService accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "Les deux mots de passe ne sont pas identiques.");
            return Page();
        }

        var result = await accounts.ResetPasswordAsync(Email, Code, Password);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, prefix: "");
            return Page();
        }

        TempData["Message"] = "Votre mot de passe est changé. Vous pouvez vous connecter.";
        return RedirectToPage("/Compte/Connexion");
    }
}
