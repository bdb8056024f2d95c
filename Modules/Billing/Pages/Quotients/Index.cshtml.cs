using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Application;
using Platform.Modules.Billing.Tariffs;

namespace Platform.Modules.Billing.Pages.Quotients;

/// <summary>The agent's queue of quotient familial declarations: open the certificate, validate the value and its
/// dates, or refuse with a reason.</summary>
[Authorize(Roles = "agent,administrateur")]
public sealed class IndexModel(QuotientDeclarations quotients) : PageModel
{
    public IReadOnlyList<PendingQuotient> Pending { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pending = await quotients.PendingAsync(User, cancellationToken);

    public async Task<IActionResult> OnGetJustificatifAsync(Guid id, CancellationToken cancellationToken) =>
        await quotients.CertificateAsync(User, id, cancellationToken) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();

    public async Task<IActionResult> OnPostValiderAsync(Guid id, int? value, DateOnly? validFrom, DateOnly? validTo, CancellationToken cancellationToken) =>
        await ShowAsync(await quotients.ValidateAsync(User, id, new QuotientDecision(value, validFrom, validTo), cancellationToken), id, "validé", cancellationToken);

    public async Task<IActionResult> OnPostRefuserAsync(Guid id, string? reason, CancellationToken cancellationToken) =>
        await ShowAsync(await quotients.RefuseAsync(User, id, reason, cancellationToken), id, "refusé", cancellationToken);

    private async Task<IActionResult> ShowAsync(AppResult<QuotientView> result, Guid id, string decision, CancellationToken cancellationToken)
    {
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            Done = $"Quotient familial {decision} ; la famille en est avertie par courriel.";
            return Redirect("/agent/quotients");
        }

        ModelState.Clear();
        foreach (var (field, messages) in result.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError($"{field}-{id}", message);
            }
        }

        Pending = await quotients.PendingAsync(User, cancellationToken);
        return Page();
    }
}
