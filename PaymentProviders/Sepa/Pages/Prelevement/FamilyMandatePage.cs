using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Core.Application;
using Platform.Core.Tenancy;
using Platform.PaymentProviders.Sepa.Application;
using Platform.PaymentProviders.Sepa.Domain;

namespace Platform.PaymentProviders.Sepa.Pages.Prelevement;

/// <summary>A page about one mandate of the signed-in parent's family; any other mandate id is not found.</summary>
public abstract class FamilyMandatePage(IFamilyDirectory families, MandateService mandates, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public Mandate? Mandate { get; private set; }

    public MandateState State { get; private set; }

    protected FamilySummary? Family { get; private set; }

    protected MandateService Mandates => mandates;

    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Family = await families.CurrentFamilyAsync(HttpContext, cancellationToken);
        Mandate = Family is null ? null : await mandates.FindAsync(Family.Id, Id, cancellationToken);
        State = Mandate?.StateOn(ParisTime.Today(clock)) ?? default;
        return Mandate is not null;
    }
}
