using Platform.Core.Application;
using Microsoft.AspNetCore.Mvc;
using Platform.Host.Api;
using Platform.Host.Families;

namespace Platform.Host.Pages.Famille;

/// <summary>Adds a child (/famille/enfants/ajouter) or edits one (/famille/enfants/{id}).</summary>
public sealed class EnfantModel(FamilyService families) : FamilyPageModel(families)
{
    [BindProperty]
    public ChildForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Photo { get; set; }

    [BindProperty]
    public string? ShareEmail { get; set; }

    [FromRoute]
    public Guid? Id { get; set; }

    public ChildView? Child { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Child is { } c)
        {
            Input = new ChildForm
            {
                FirstName = c.FirstName, LastName = c.LastName, BirthDate = c.BirthDate, Filiation = c.Filiation,
                SchoolClass = c.SchoolClass, MedicalNotes = c.MedicalNotes,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var photo = await ApiResults.ReadAsync(Photo, cancellationToken);
        if (photo is not null && FamilyService.PhotoError(photo) is { } photoError)
        {
            ModelState.AddModelError(nameof(Photo), photoError);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var input = new ChildInput(Input.FirstName, Input.LastName, Input.BirthDate, Input.Filiation, Input.SchoolClass, Input.MedicalNotes);
        var result = Id is { } id
            ? await FamilyService.UpdateChildAsync(Me, Family!.Id, id, input, cancellationToken)
            : await FamilyService.AddChildAsync(Me, Family!.Id, input, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return Page();
        }

        if (photo is not null)
        {
            await FamilyService.SetPhotoAsync(Me, Family.Id, result.Value!.Id, photo, cancellationToken);
        }

        TempData["Message"] = $"{result.Value!.FirstName} est enregistré(e).";
        return Redirect("/famille");
    }

    public async Task<IActionResult> OnPostSupprimerAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Child is null)
        {
            return NotFound();
        }

        await FamilyService.RemoveChildAsync(Me, Family!.Id, Child.Id, cancellationToken);
        TempData["Message"] = $"{Child.FirstName} ne fait plus partie de votre famille.";
        return Redirect("/famille");
    }

    public async Task<IActionResult> OnPostPartagerAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Child is null)
        {
            return NotFound();
        }

        var result = await FamilyService.ShareChildAsync(Me, Family!.Id, Child.Id, ShareEmail, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(ShareEmail), result.Errors.Values.First()[0]);
            return Page();
        }

        TempData["Message"] = $"Invitation envoyée à {ShareEmail}.";
        return Redirect("/famille");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await LoadFamilyAsync(cancellationToken) is not { } family)
        {
            return false;
        }

        Child = Id is { } id ? family.Children.FirstOrDefault(c => c.Id == id) : null;
        return Id is null || Child is not null;
    }

    public sealed class ChildForm
    {
        public string? FirstName { get; set; }

        public string? LastName { get; set; }

        public DateOnly? BirthDate { get; set; }

        public Filiation? Filiation { get; set; }

        public string? SchoolClass { get; set; }

        public string? MedicalNotes { get; set; }
    }
}
