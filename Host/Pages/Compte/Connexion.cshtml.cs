using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Host.Accounts;

namespace Platform.Host.Pages.Compte;

[AllowAnonymous]
public sealed class ConnexionModel(SignInManager<PlatformUser> signIn, UserManager<PlatformUser> users) : PageModel
{
    [BindProperty]
    public LoginForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email) || string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Email", "Saisissez votre adresse e-mail et votre mot de passe.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
            {
                return LocalRedirect(ReturnUrl);
            }

            var user = await users.FindByEmailAsync(Input.Email.Trim());
            var isAgent = user is not null && (await users.IsInRoleAsync(user, Roles.Agent) || await users.IsInRoleAsync(user, Roles.Administrator));
            return LocalRedirect(isAgent ? "/agent/demandes" : "/famille");
        }

        var message = result.IsLockedOut
            ? "Trop d'essais infructueux : votre compte est bloqué pendant 15 minutes. Vous pouvez aussi réinitialiser votre mot de passe."
            : result.IsNotAllowed
                ? "Confirmez d'abord votre adresse e-mail avec le lien que nous vous avons envoyé."
                : "Adresse e-mail ou mot de passe incorrect.";
        ModelState.AddModelError("Input.Email", message);
        return Page();
    }

    public sealed class LoginForm
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}
