using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Host.Accounts;

namespace Platform.Host.Pages.Compte;

[AllowAnonymous]
public sealed class DeconnexionModel(SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends this session on the server too: a copy of the cookie (or a bearer token) is refused.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        TempData["Message"] = "Vous êtes déconnecté.";
        return RedirectToPage("/Index");
    }
}
