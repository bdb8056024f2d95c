using Microsoft.EntityFrameworkCore;
using Platform.Host.Data;

namespace Platform.Host.Access;

internal static class AccessRequestQueries
{
    /// <summary>Loads full views of the given requests, newest first. Callers have already checked access.</summary>
    public static async Task<IReadOnlyList<AccessRequestView>> LoadAsync(
        PlatformDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var requests = await (from r in db.AccessRequests
                              join f in db.Families on r.FamilyId equals f.Id
                              join s in db.Services on r.ServiceId equals s.Id
                              join c in db.Communes on s.CommuneId equals c.Id
                              join t in db.TariffCategories on r.TariffCategoryId equals t.Id
                              where ids.Contains(r.Id)
                              select new { Request = r, Family = f.Name, Service = s.Name, s.ModuleId, c.Slug, Commune = c.Name, Tariff = t.Name })
            .AsNoTracking().ToListAsync(cancellationToken);
        var children = await (from rc in db.AccessRequestChildren
                              join ch in db.Children on rc.ChildId equals ch.Id
                              where ids.Contains(rc.AccessRequestId)
                              select new { rc.AccessRequestId, Child = ch }).AsNoTracking().ToListAsync(cancellationToken);
        var documents = await (from d in db.Documents
                               join rd in db.RequiredDocuments on d.RequiredDocumentId equals rd.Id
                               where ids.Contains(d.AccessRequestId)
                               select new { d.AccessRequestId, View = new DocumentView(d.Id, rd.Name, d.ChildId, d.FileName, d.ContentType, d.Size, d.ValidUntil) })
            .AsNoTracking().ToListAsync(cancellationToken);
        return requests
            .OrderByDescending(r => r.Request.CreatedAtUtc)
            .Select(r => new AccessRequestView(
                r.Request.Id,
                r.Request.FamilyId,
                r.Family,
                r.Slug,
                r.Commune,
                r.Request.ServiceId,
                r.ModuleId,
                r.Service,
                r.Tariff,
                r.Request.Status,
                r.Request.RefusalReason,
                r.Request.CreatedAtUtc,
                r.Request.DecidedAtUtc,
                children.Where(c => c.AccessRequestId == r.Request.Id)
                    .Select(c => new RequestChildView(c.Child.Id, c.Child.FirstName, c.Child.LastName, c.Child.BirthDate, c.Child.SchoolClass, c.Child.MedicalNotes))
                    .OrderBy(c => c.BirthDate).ToList(),
                documents.Where(d => d.AccessRequestId == r.Request.Id).Select(d => d.View).OrderBy(d => d.Name, StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
