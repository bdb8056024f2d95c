using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Tenancy;
using Platform.PaymentProviders.Sepa.Application;
using Platform.PaymentProviders.Sepa.Settings;

namespace Platform.PaymentProviders.Sepa.Pages.Prelevement;

/// <summary>Signing an electronic mandate for one of the family's régies.</summary>
[Authorize]
public sealed class SignerModel(IFamilyDirectory families, MandateService mandates, ISepaCreditorSettings creditors) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "regie")]
    public Guid RegieId { get; set; }

    [BindProperty]
    public string? DebtorName { get; set; }

    [BindProperty]
    public string? DebtorAddress { get; set; }

    [BindProperty]
    public string? Iban { get; set; }

    [BindProperty]
    public string? Bic { get; set; }

    [BindProperty]
    public bool Accepted { get; set; }

    public SepaRegie? Regie { get; private set; }

    /// <summary>Null when the régie's settings are incomplete: the page then says so instead of showing the form.</summary>
    public CreditorSettings? Creditor { get; private set; }

    /// <summary>The debtor is usually the parent signing: the name and address given at sign-up are filled in, to change
    /// if the account holder is someone else.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is null)
        {
            return NotFound();
        }

        if (await families.CurrentAdultAsync(User, cancellationToken) is { } adult)
        {
            DebtorName ??= adult.FullName;
            DebtorAddress ??= adult.Address;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } family || Creditor is null)
        {
            return NotFound();
        }

        var result = await mandates.SignAsync(family.Id, Regie!, new MandateForm(DebtorName, DebtorAddress, Iban, Bic, Accepted), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (field, messages) in result.Errors)
            {
                ModelState.AddModelError(field, messages[0]);
            }

            return Page();
        }

        TempData["Message"] = $"Votre mandat {result.Value!.Rum} est signé. Gardez-en une copie : vous pouvez l'imprimer ci-dessous.";
        return Redirect($"/prelevement/mandat/{result.Value.Id}");
    }

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private async Task<FamilySummary?> LoadAsync(CancellationToken cancellationToken)
    {
        var family = await families.CurrentFamilyAsync(HttpContext, cancellationToken);
        if (family is null)
        {
            return null;
        }

        Regie = (await creditors.ForFamilyAsync(family.Id, cancellationToken)).FirstOrDefault(r => r.RegieId == RegieId);
        Creditor = Regie is null ? null : CreditorSettings.Read(Regie.Settings, out _);
        return Regie is null ? null : family;
    }
}
