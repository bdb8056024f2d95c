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
public sealed class InscriptionModel(AccountService accounts) : PageModel
{
    [BindProperty]
    public RegisterForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.RegisterAsync(
            new RegisterInput(Input.Email, Input.Password, Input.Civilite, Input.LastName, Input.FirstName, Input.AddressLine, Input.PostalCode, Input.City, Input.Phone,
                Input.ConfirmPassword ?? ""),
            cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return Page();
        }

        return RedirectToPage("/Compte/InscriptionEnvoyee", new { email = Input.Email });
    }

    public sealed class RegisterForm
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }

        public Civilite? Civilite { get; set; }

        public string? LastName { get; set; }

        public string? FirstName { get; set; }

        public string? AddressLine { get; set; }

        public string? PostalCode { get; set; }

        public string? City { get; set; }

        public string? Phone { get; set; }
    }
}
