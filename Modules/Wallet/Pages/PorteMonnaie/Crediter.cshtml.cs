using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.Modules.Wallet.Application;

namespace Platform.Modules.Wallet.Pages.PorteMonnaie;

/// <summary>The agent's counter: cash or a cheque handed over credits the family's wallet.</summary>
[Authorize(Roles = "agent,administrateur")]
public sealed class CrediterModel(IFamilyDirectory families, IServiceCatalog catalog, CounterPayments counter) : PageModel
{
    private const string AmountInEuros = "Le montant est compris entre 0,01 € et 1 000 €, en euros (ex. 50 ou 12,50).";

    [BindProperty(SupportsGet = true, Name = "famille")]
    public Guid FamilyId { get; set; }

    [BindProperty(SupportsGet = true, Name = "service")]
    public Guid ServiceId { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? ReceiptNumber { get; set; }

    [BindProperty]
    public CounterMethod? Method { get; set; }

    [BindProperty]
    public bool ForServiceOnly { get; set; }

    public FamilySummary? Family { get; private set; }

    public ServiceSummary? Service { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        long? cents = Euros.TryParse(Amount, out var parsed) ? parsed : null;
        var result = await counter.CreditAsync(User, new CounterCreditInput(FamilyId, ServiceId, ForServiceOnly, cents, ReceiptNumber, Method), cancellationToken);
        if (result.IsNotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            foreach (var (field, messages) in result.Errors)
            {
                // The API speaks in cents; this field is in euros.
                if (field == nameof(CounterCreditInput.Cents))
                {
                    ModelState.AddModelError(nameof(Amount), AmountInEuros);
                }
                else
                {
                    ModelState.AddModelError(field, messages[0]);
                }
            }

            return Page();
        }

        TempData["Message"] = $"{Euros.Format(cents!.Value)} crédités. Nouveau solde de la {Family!.Name} : {Euros.Format(result.Value!.TotalCents)}.";
        return Redirect("/agent/demandes");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await families.CanServeFamilyAsync(User, FamilyId, ServiceId, cancellationToken))
        {
            return false;
        }

        Family = await families.FindAsync(FamilyId, cancellationToken);
        Service = await catalog.FindAsync(ServiceId, cancellationToken);
        return Family is not null && Service is not null;
    }
}
