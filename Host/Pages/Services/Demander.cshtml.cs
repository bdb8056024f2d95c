using Platform.Core.Application;
using Microsoft.AspNetCore.Mvc;
using Platform.Host.Access;
using Platform.Host.Api;
using Platform.Host.Families;

namespace Platform.Host.Pages.Services;

/// <summary>"Demander l'accès": choose a service, then a tariff category, the children and the documents.</summary>
public sealed class DemanderModel(FamilyService families, AccessService access, KeptUploads kept) : FamilyPageModel(families)
{
    /// <summary>The hidden field that carries a received document's ticket is this prefix and the file field's name.</summary>
    public const string ReceivedPrefix = "recu_";

    [FromRoute]
    public Guid? ServiceId { get; set; }

    [BindProperty]
    public Guid? TariffCategoryId { get; set; }

    [BindProperty]
    public List<Guid> ChildIds { get; set; } = [];

    public IReadOnlyList<CatalogCommune> Catalog { get; private set; } = [];

    public CatalogService? Service { get; private set; }

    /// <summary>Documents received with a refused attempt, by field: the ticket the form posts back and the file's name.</summary>
    public Dictionary<string, (string Ticket, string FileName)> Received { get; } = new(StringComparer.Ordinal);

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
        var uploads = new Dictionary<string, DocumentUpload>(StringComparer.Ordinal);
        foreach (var file in Request.Form.Files)
        {
            if (DocumentFieldNames.Parse(file.Name) is { } target && file.Length > 0)
            {
                uploads[file.Name] = new DocumentUpload(target.RequiredDocumentId, target.ChildId, (await ApiResults.ReadAsync(file, cancellationToken))!);
            }
        }

        var shown = FieldsShown(family);
        var tickets = await ReadReceivedAsync(family.Id, uploads, shown, cancellationToken);
        var result = await access.CreateAsync(Me, family.Id, new AccessRequestInput(ServiceId, TariffCategoryId, ChildIds, uploads.Values.ToList()), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, prefix: "");
            await KeepReceivedAsync(family.Id, uploads, tickets, shown, cancellationToken);
            return Page();
        }

        kept.Discard(family.Id, tickets.Values);
        TempData["Message"] = $"Votre demande pour « {result.Value!.ServiceName} » est envoyée. Vous recevrez un e-mail dès qu'elle sera traitée.";
        return Redirect("/services");
    }

    /// <summary>The file fields the form shows: each required document, once or per child of the family.</summary>
    private HashSet<string> FieldsShown(FamilyView family) =>
        (Service?.RequiredDocuments ?? [])
            .SelectMany(d => d.PerChild ? family.Children.Select(c => DocumentFieldNames.For(d.Id, c.Id)) : [DocumentFieldNames.For(d.Id, null)])
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Adds the documents kept from a previous attempt for every field the parent did not fill again; a
    /// document chosen again replaces the kept one, which is forgotten.</summary>
    private async Task<Dictionary<string, string>> ReadReceivedAsync(
        Guid familyId, Dictionary<string, DocumentUpload> uploads, HashSet<string> shown, CancellationToken cancellationToken)
    {
        var tickets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, ticket) in Request.Form.Where(f => f.Key.StartsWith(ReceivedPrefix, StringComparison.Ordinal)))
        {
            var field = name[ReceivedPrefix.Length..];
            if (uploads.ContainsKey(field))
            {
                kept.Discard(familyId, [ticket.ToString()]);
            }
            else if (shown.Contains(field) && DocumentFieldNames.Parse(field) is { } target
                && await kept.OpenAsync(familyId, ticket.ToString(), cancellationToken) is { } file)
            {
                uploads[field] = new DocumentUpload(target.RequiredDocumentId, target.ChildId, file);
                tickets[field] = ticket.ToString();
            }
        }

        return tickets;
    }

    /// <summary>Keeps every readable document of a refused attempt, so the form shown again need not ask for it.</summary>
    private async Task KeepReceivedAsync(
        Guid familyId, Dictionary<string, DocumentUpload> uploads, Dictionary<string, string> tickets, HashSet<string> shown, CancellationToken cancellationToken)
    {
        foreach (var (field, upload) in uploads)
        {
            if (!shown.Contains(field) || ModelState[field]?.Errors.Count > 0 || FileContent.AcceptDocument(upload.File.Content) is null)
            {
                continue;
            }

            var ticket = tickets.TryGetValue(field, out var earlier) ? earlier : await kept.KeepAsync(familyId, upload.File, cancellationToken);
            Received[field] = (ticket, upload.File.FileName);
        }
    }
}
