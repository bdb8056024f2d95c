using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Host.Accounts;

namespace Platform.Host.Pages.Compte;

[AllowAnonymous]
public sealed class ConfirmationModel(AccountService accounts) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(Guid userId, string? code) =>
        Confirmed = (await accounts.ConfirmEmailAsync(userId, code)).Succeeded;
}
