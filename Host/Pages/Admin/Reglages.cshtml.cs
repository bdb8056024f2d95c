using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Host.Payments;

namespace Platform.Host.Pages.Admin;

/// <summary>One régie's settings for one payment provider, as a form generated from the provider's schema.</summary>
public sealed class ReglagesModel(ProviderSettingsStore settings) : PageModel
{
    [FromRoute]
    public Guid RegieId { get; set; }

    [FromRoute]
    public string ProviderId { get; set; } = "";

    /// <summary>The values posted, by setting key (field names "Values[key]").</summary>
    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = [];

    public ProviderSettingsView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await settings.SaveAsync(RegieId, ProviderId, Values, Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!), cancellationToken);
        if (saved.IsNotFound)
        {
            return NotFound();
        }

        if (!saved.Succeeded)
        {
            ModelState.AddErrors(saved.Errors, prefix: "Values");
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = $"Réglages « {saved.Value!.DisplayName} » enregistrés.";
        return Redirect("/admin/paiements");
    }

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue($"Values.{key}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        View = (await settings.DescribeAsync(RegieId, ProviderId, cancellationToken)).Value;
        return View is not null;
    }
}
