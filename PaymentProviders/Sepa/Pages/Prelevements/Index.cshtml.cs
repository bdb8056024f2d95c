using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Tenancy;
using Platform.PaymentProviders.Sepa.Application;

namespace Platform.PaymentProviders.Sepa.Pages.Prelevements;

/// <summary>The régie's direct debits: the pain.008 file of those not yet sent to the bank, and the rejects and returns
/// the bank reports, entered one by one.</summary>
[Authorize(Roles = "agent,administrateur")]
public sealed class IndexModel(CollectionFiles files) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "regie")]
    public Guid? RegieId { get; set; }

    public IReadOnlyList<RegieSummary> Regies { get; private set; } = [];

    public RegieCollections? Collections { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostFichierAsync(CancellationToken cancellationToken)
    {
        var file = await files.ExportAsync(User, RegieId ?? Guid.Empty, cancellationToken);
        if (file.IsNotFound)
        {
            return NotFound();
        }

        if (file.Succeeded)
        {
            return File(Encoding.UTF8.GetBytes(file.Value!.Xml), "application/xml", file.Value.FileName);
        }

        return await ShowErrorsAsync(file.Errors, cancellationToken);
    }

    public async Task<IActionResult> OnPostRetourAsync(string? endToEndId, string? reasonCode, CancellationToken cancellationToken)
    {
        var returned = await files.ReturnAsync(User, RegieId ?? Guid.Empty, endToEndId, reasonCode, cancellationToken);
        if (returned.IsNotFound)
        {
            return NotFound();
        }

        if (!returned.Succeeded)
        {
            return await ShowErrorsAsync(returned.Errors, cancellationToken);
        }

        Done = $"Rejet enregistré pour le prélèvement {returned.Value!.EndToEndId} ({ReturnReasons.All[reasonCode!]}) : la famille en est avertie.";
        return Redirect($"/agent/prelevements?regie={RegieId}");
    }

    private async Task<IActionResult> ShowErrorsAsync(IReadOnlyDictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        foreach (var (field, messages) in errors)
        {
            ModelState.AddModelError(field, string.Join(" ", messages));
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Regies = await files.ForAgentAsync(User, cancellationToken);
        if (Regies.Count == 0)
        {
            return true;
        }

        RegieId ??= Regies[0].Id;
        var list = await files.ListAsync(User, RegieId.Value, cancellationToken);
        Collections = list.Value;
        return !list.IsNotFound;
    }
}
