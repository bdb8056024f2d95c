using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Platform.Host.Accounts;
using Platform.Host.Security;

namespace Platform.Host.Pages.Compte;

[AllowAnonymous]
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class ConnexionModel(AccountSignIn signIn, UserManager<PlatformUser> users) : PageModel
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

        var outcome = await signIn.PasswordSignInAsync(HttpContext, Input.Email, Input.Password, Input.RememberMe, IdentityConstants.ApplicationScheme);
        if (outcome == SignInOutcome.Succeeded)
        {
            if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl))
            {
                return LocalRedirect(ReturnUrl);
            }

            var user = await users.FindByEmailAsync(Input.Email.Trim());
            var isAgent = user is not null && (await users.IsInRoleAsync(user, Roles.Agent) || await users.IsInRoleAsync(user, Roles.Administrator));
            return LocalRedirect(isAgent ? "/agent/demandes" : "/famille");
        }

        if (outcome == SignInOutcome.Throttled)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }

        ModelState.AddModelError("Input.Email", outcome == SignInOutcome.Throttled ? AccountSignIn.Throttled : AccountSignIn.Refused);
        return Page();
    }

    public sealed class LoginForm
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}
