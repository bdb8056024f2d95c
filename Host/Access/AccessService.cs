using Platform.Core.Application;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Email;
using Platform.Host.Common;
using Platform.Host.Data;
using Platform.Host.Security;
using Platform.Host.Tenancy;

namespace Platform.Host.Access;

/// <summary>"Mes services": what a family may ask for, its requests with their documents, and the documents
/// themselves. Agents' decisions are in <see cref="AccessReviewService"/>.</summary>
public sealed class AccessService(
    PlatformDbContext db,
    DocumentStore files,
    VisibleServices visibleServices,
    IEmailSender email,
    PublicUrls urls,
    TimeProvider clock)
{
    /// <summary>The services families can ask for: module loaded and enabled for the commune.</summary>
    public async Task<IReadOnlyList<CatalogCommune>> CatalogAsync(CancellationToken cancellationToken)
    {
        var rows = await (from s in visibleServices.Query().Include(s => s.TariffCategories).Include(s => s.RequiredDocuments).AsSplitQuery()
                          join c in db.Communes on s.CommuneId equals c.Id
                          select new { Commune = c, Service = s }).AsNoTracking().ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.Commune.Id)
            .Select(g => new CatalogCommune(
                g.First().Commune.Slug,
                g.First().Commune.Name,
                g.Select(r => ToCatalog(r.Service)).OrderBy(s => s.Name, StringComparer.Ordinal).ToList()))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<CatalogService?> FindServiceAsync(Guid serviceId, CancellationToken cancellationToken) =>
        (await CatalogAsync(cancellationToken)).SelectMany(c => c.Services).FirstOrDefault(s => s.Id == serviceId);

    public async Task<AppResult<IReadOnlyList<AccessRequestView>>> ListForFamilyAsync(
        CurrentUser user, Guid familyId, CancellationToken cancellationToken)
    {
        if (!await IsAdultOfAsync(user, familyId, cancellationToken))
        {
            return AppResult<IReadOnlyList<AccessRequestView>>.NotFound();
        }

        var services = visibleServices.Query();
        var ids = await db.AccessRequests
            .Where(r => r.FamilyId == familyId && services.Any(s => s.Id == r.ServiceId))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        return AppResult<IReadOnlyList<AccessRequestView>>.Ok(await AccessRequestQueries.LoadAsync(db, ids, cancellationToken));
    }

    public async Task<AppResult<AccessRequestView>> CreateAsync(
        CurrentUser user, Guid familyId, AccessRequestInput input, CancellationToken cancellationToken)
    {
        if (!await IsAdultOfAsync(user, familyId, cancellationToken))
        {
            return AppResult<AccessRequestView>.NotFound();
        }

        var errors = new Errors();
        var service = input.ServiceId is { } serviceId ? await FindServiceAsync(serviceId, cancellationToken) : null;
        if (service is null)
        {
            return AppResult<AccessRequestView>.Invalid(nameof(input.ServiceId), "Choisissez un service proposé par une commune.");
        }

        if (input.TariffCategoryId is not { } tariffId || service.TariffCategories.All(t => t.Id != tariffId))
        {
            errors.Add(nameof(input.TariffCategoryId), "Choisissez la catégorie tarifaire qui correspond à votre situation.");
        }

        var childIds = input.ChildIds.Distinct().ToList();
        var ownChildren = await db.FamilyChildren.Where(l => l.FamilyId == familyId).Select(l => l.ChildId).ToListAsync(cancellationToken);
        if (childIds.Count == 0)
        {
            errors.Add(nameof(input.ChildIds), "Cochez au moins un enfant.");
        }
        else if (childIds.Any(id => !ownChildren.Contains(id)))
        {
            errors.Add(nameof(input.ChildIds), "Cet enfant n'appartient pas à votre famille.");
        }

        var open = await db.AccessRequests.AnyAsync(
            r => r.FamilyId == familyId && r.ServiceId == service.Id && r.Status != AccessStatus.Refused, cancellationToken);
        if (open)
        {
            errors.Add(nameof(input.ServiceId), "Vous avez déjà une demande en cours ou validée pour ce service.");
        }

        var documents = CheckDocuments(service, childIds, input.Files, errors);
        if (errors.Any)
        {
            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var request = new AccessRequest
        {
            Id = Guid.NewGuid(),
            FamilyId = familyId,
            ServiceId = service.Id,
            TariffCategoryId = input.TariffCategoryId!.Value,
            Status = AccessStatus.Pending,
            CreatedAtUtc = now,
            Children = childIds.Select(id => new AccessRequestChild { ChildId = id }).ToList(),
        };
        var stored = new List<string>();
        try
        {
            foreach (var (required, upload, contentType) in documents)
            {
                var storedFile = await files.SaveAsync(upload.File.Content, cancellationToken);
                stored.Add(storedFile);
                db.Documents.Add(new FamilyDocument
                {
                    Id = Guid.NewGuid(),
                    FamilyId = familyId,
                    ChildId = upload.ChildId,
                    RequiredDocumentId = required.Id,
                    AccessRequestId = request.Id,
                    FileName = SafeFileName(upload.File.FileName),
                    ContentType = contentType,
                    Size = upload.File.Content.Length,
                    StoredFile = storedFile,
                    UploadedAtUtc = now,
                    ValidUntil = ParisTime.Today(clock).AddMonths(required.ValidityMonths),
                });
            }

            db.AccessRequests.Add(request);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            stored.ForEach(files.Delete);
            throw;
        }

        await NotifyAgentsAsync(service, cancellationToken);
        return AppResult<AccessRequestView>.Ok((await AccessRequestQueries.LoadAsync(db, [request.Id], cancellationToken))[0]);
    }

    /// <summary>A document, for an adult of its family, an agent of the service's commune or an administrator.</summary>
    public async Task<(Stream Content, string ContentType, string FileName)?> OpenDocumentAsync(
        CurrentUser user, Guid documentId, CancellationToken cancellationToken)
    {
        var services = visibleServices.Query();
        var document = await db.Documents.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == documentId && db.AccessRequests.Any(r => r.Id == d.AccessRequestId && services.Any(s => s.Id == r.ServiceId)), cancellationToken);
        if (document is null)
        {
            return null;
        }

        var allowed = user.IsAdministrator
            || await IsAdultOfAsync(user, document.FamilyId, cancellationToken)
            || (user.IsAgent && await (from r in db.AccessRequests
                                       join s in services on r.ServiceId equals s.Id
                                       where r.Id == document.AccessRequestId
                                             && db.AgentCommunes.Any(a => a.UserId == user.Id && a.CommuneId == s.CommuneId)
                                       select r).AnyAsync(cancellationToken));
        return allowed ? (files.Open(document.StoredFile), document.ContentType, document.FileName) : null;
    }

    private Task<bool> IsAdultOfAsync(CurrentUser user, Guid familyId, CancellationToken cancellationToken) =>
        db.FamilyAdults.AnyAsync(a => a.FamilyId == familyId && a.UserId == user.Id, cancellationToken);

    private static List<(CatalogDocument Required, DocumentUpload Upload, string ContentType)> CheckDocuments(
        CatalogService service, IReadOnlyList<Guid> childIds, IReadOnlyList<DocumentUpload> uploads, Errors errors)
    {
        var accepted = new List<(CatalogDocument, DocumentUpload, string)>();
        foreach (var required in service.RequiredDocuments)
        {
            var owners = required.PerChild ? childIds.Select(id => (Guid?)id).ToList() : [null];
            foreach (var owner in owners)
            {
                var field = DocumentFieldNames.For(required.Id, owner);
                var upload = uploads.FirstOrDefault(u => u.RequiredDocumentId == required.Id && u.ChildId == owner);
                if (upload is null || upload.File.Content.Length == 0)
                {
                    errors.Add(field, $"Ajoutez le document « {required.Name} ».");
                }
                else if (upload.File.Content.Length > FileContent.MaxDocumentBytes)
                {
                    errors.Add(field, $"« {upload.File.FileName} » dépasse 5 Mo. Envoyez un fichier plus léger (PDF, JPEG ou PNG).");
                }
                else if (FileContent.DetectDocument(upload.File.Content) is { } contentType)
                {
                    accepted.Add((required, upload, contentType));
                }
                else
                {
                    errors.Add(field, $"« {upload.File.FileName} » n'est pas un PDF, un JPEG ou un PNG lisible.");
                }
            }
        }

        return accepted;
    }

    private async Task NotifyAgentsAsync(CatalogService service, CancellationToken cancellationToken)
    {
        var agents = await (from s in db.Services
                            join a in db.AgentCommunes on s.CommuneId equals a.CommuneId
                            join u in db.Users on a.UserId equals u.Id
                            where s.Id == service.Id && u.Email != null
                            select u.Email!).ToListAsync(cancellationToken);
        foreach (var agent in agents)
        {
            await email.SendAsync(
                new EmailMessage(agent, $"Nouvelle demande d'accès : {service.Name}",
                    $"Bonjour,\n\nUne famille demande l'accès au service « {service.Name} ».\nÀ traiter ici : {urls.For("/agent/demandes")}\n"),
                cancellationToken);
        }
    }

    private static CatalogService ToCatalog(Service s) => new(
        s.Id,
        s.ModuleId,
        s.Name,
        s.Description,
        s.TariffCategories.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new CatalogTariff(t.Id, t.Name)).ToList(),
        s.RequiredDocuments.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => new CatalogDocument(d.Id, d.Name, d.PerChild, d.ValidityMonths)).ToList());

    private static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        file = new string(file.Where(c => !char.IsControl(c)).ToArray());
        return string.IsNullOrWhiteSpace(file) ? "document" : file[..Math.Min(file.Length, 200)];
    }
}
