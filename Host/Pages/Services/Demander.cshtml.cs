using Platform.Core.Application;
using Microsoft.AspNetCore.Mvc;
using Platform.Host.Access;
using Platform.Host.Api;
using Platform.Host.Families;

namespace Platform.Host.Pages.Services;

/// <summary>"Demander l'accès": choose a service, then a tariff category, the children and the documents.</summary>
public sealed class DemanderModel(FamilyService families, AccessService access) : FamilyPageModel(families)
{
    [FromRoute]
    public Guid? ServiceId { get; set; }

    [BindProperty]
    public Guid? TariffCategoryId { get; set; }

    [BindProperty]
    public List<Guid> ChildIds { get; set; } = [];

    public IReadOnlyList<CatalogCommune> Catalog { get; private set; } = [];

    public CatalogService? Service { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadFamilyAsync(cancellationToken);
        Catalog = await access.CatalogAsync(cancellationToken);
        Service = Catalog.SelectMany(c => c.Services).FirstOrDefault(s => s.Id == ServiceId);
        return ServiceId is not null && Service is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is not { } family)
        {
            return NotFound();
        }

        Catalog = await access.CatalogAsync(cancellationToken);
        Service = Catalog.SelectMany(c => c.Services).FirstOrDefault(s => s.Id == ServiceId);
        var uploads = new List<DocumentUpload>();
        foreach (var file in Request.Form.Files)
        {
            if (DocumentFieldNames.Parse(file.Name) is { } target && file.Length > 0)
            {
                uploads.Add(new DocumentUpload(target.RequiredDocumentId, target.ChildId, (await ApiResults.ReadAsync(file, cancellationToken))!));
            }
        }

        var result = await access.CreateAsync(Me, family.Id, new AccessRequestInput(ServiceId, TariffCategoryId, ChildIds, uploads), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, prefix: "");
            return Page();
        }

        TempData["Message"] = $"Votre demande pour « {result.Value!.ServiceName} » est envoyée. Vous recevrez un e-mail dès qu'elle sera traitée.";
        return Redirect("/services");
    }
}
