using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.PaymentProviders.Sepa.Application;
using Platform.PaymentProviders.Sepa.Domain;

namespace Platform.PaymentProviders.Sepa.Pages.Prelevement;

/// <summary>"Prélèvement": the family's mandates, and the régies it can sign one for.</summary>
[Authorize]
public sealed class IndexModel(IFamilyDirectory families, MandateService mandates, ISepaCreditorSettings creditors, TimeProvider clock) : PageModel
{
    public FamilySummary? Family { get; private set; }

    public IReadOnlyList<Mandate> Mandates { get; private set; } = [];

    /// <summary>Régies collecting by direct debit for which the family has no active mandate.</summary>
    public IReadOnlyList<SepaRegie> Unsigned { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = ParisTime.Today(clock);
        Family = await families.CurrentFamilyAsync(HttpContext, cancellationToken);
        if (Family is null)
        {
            return;
        }

        Mandates = await mandates.ListAsync(Family.Id, cancellationToken);
        var active = Mandates.Where(m => m.StateOn(Today) == MandateState.Active).Select(m => m.RegieId).ToHashSet();
        Unsigned = (await creditors.ForFamilyAsync(Family.Id, cancellationToken)).Where(r => !active.Contains(r.RegieId)).ToList();
    }
}
