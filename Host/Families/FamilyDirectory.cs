using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Tenancy;
using Platform.Host.Access;
using Platform.Host.Accounts;
using Platform.Host.Data;
using Platform.Host.Tenancy;

namespace Platform.Host.Families;

/// <summary>Core's read port over families, for modules.</summary>
public sealed class FamilyDirectory(PlatformDbContext db, VisibleServices visibleServices, ServiceCatalog catalog) : IFamilyDirectory
{
    public const string FamilyCookie = "portail.famille";

    private static readonly object CurrentFamilyItem = new();

    private readonly Dictionary<Guid, IReadOnlyList<ServiceSummary>> validatedServices = [];

    private readonly Dictionary<Guid, Dictionary<Guid, ServiceAccess>> validatedAccess = [];

    public Task<bool> IsAdultOfAsync(Guid userId, Guid familyId, CancellationToken cancellationToken) =>
        db.FamilyAdults.AnyAsync(a => a.FamilyId == familyId && a.UserId == userId, cancellationToken);

    public async Task<AdultProfile?> CurrentAdultAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return null;
        }

        var adult = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.FirstName, u.LastName, u.AddressLine, u.PostalCode, u.City }).SingleOrDefaultAsync(cancellationToken);
        return adult is null
            ? null
            : new AdultProfile($"{adult.FirstName} {adult.LastName}".Trim(), string.Join(", ", new[] { adult.AddressLine, $"{adult.PostalCode} {adult.City}".Trim() }.Where(p => p.Length > 0)));
    }

    /// <summary>The page and the header both ask: the answer is kept for the rest of the request.</summary>
    public async Task<FamilySummary?> CurrentFamilyAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.Items.TryGetValue(CurrentFamilyItem, out var known))
        {
            return (FamilySummary?)known;
        }

        var current = await FindCurrentFamilyAsync(http, cancellationToken);
        http.Items[CurrentFamilyItem] = current;
        return current;
    }

    private async Task<FamilySummary?> FindCurrentFamilyAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return null;
        }

        var userId = Guid.Parse(id);
        var families = await db.Families
            .Where(f => db.FamilyAdults.Any(a => a.FamilyId == f.Id && a.UserId == userId))
            .OrderBy(f => f.Name)
            .Select(f => f.Id)
            .ToListAsync(cancellationToken);
        return Pick(families, http.Request) is { } chosen ? await FindAsync(chosen, cancellationToken) : null;
    }

    /// <summary>The family a request works on, among the caller's: the one named by ?famille=…, else the one
    /// remembered in the cookie, else the first.</summary>
    public static Guid? Pick(IReadOnlyList<Guid> families, HttpRequest request)
    {
        var wanted = Guid.TryParse(request.Query["famille"], out var fromQuery) ? fromQuery
            : Guid.TryParse(request.Cookies[FamilyCookie], out var fromCookie) ? fromCookie
            : Guid.Empty;
        return families.Contains(wanted) ? wanted : families.Count > 0 ? families[0] : null;
    }

    public async Task<bool> CanActForServiceAsync(ClaimsPrincipal agent, Guid serviceId, CancellationToken cancellationToken)
    {
        if (agent.IsInRole(Roles.Administrator))
        {
            return await visibleServices.Query().AnyAsync(s => s.Id == serviceId, cancellationToken);
        }

        if (!agent.IsInRole(Roles.Agent) || agent.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return false;
        }

        var userId = Guid.Parse(id);
        return await visibleServices.Query().AnyAsync(
            s => s.Id == serviceId && db.AgentCommunes.Any(a => a.UserId == userId && a.CommuneId == s.CommuneId), cancellationToken);
    }

    public async Task<bool> CanServeFamilyAsync(ClaimsPrincipal agent, Guid familyId, Guid serviceId, CancellationToken cancellationToken)
    {
        if (!await CanActForServiceAsync(agent, serviceId, cancellationToken))
        {
            return false;
        }

        if (agent.IsInRole(Roles.Administrator))
        {
            return await db.Families.AnyAsync(f => f.Id == familyId, cancellationToken);
        }

        var commune = db.Services.Where(s => s.Id == serviceId).Select(s => s.CommuneId);
        return await db.AccessRequests.AnyAsync(
            r => r.FamilyId == familyId && db.Services.Any(s => s.Id == r.ServiceId && commune.Contains(s.CommuneId)), cancellationToken);
    }

    public async Task<IReadOnlySet<Guid>> ServedFamiliesAsync(ClaimsPrincipal agent, IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken)
    {
        if (agent.IsInRole(Roles.Administrator))
        {
            return (await db.Families.Where(f => familyIds.Contains(f.Id)).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        }

        if (!agent.IsInRole(Roles.Agent) || agent.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return new HashSet<Guid>();
        }

        var userId = Guid.Parse(id);
        return (await db.AccessRequests
            .Where(r => familyIds.Contains(r.FamilyId)
                        && db.Services.Any(s => s.Id == r.ServiceId && db.AgentCommunes.Any(a => a.UserId == userId && a.CommuneId == s.CommuneId)))
            .Select(r => r.FamilyId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>Remembered for the request (the directory is scoped): the menu's contributions each ask.</summary>
    public async Task<IReadOnlyList<ServiceSummary>> ValidatedServicesAsync(Guid familyId, CancellationToken cancellationToken)
    {
        if (!validatedServices.TryGetValue(familyId, out var services))
        {
            services = await catalog.WhereAsync(
                s => db.AccessRequests.Any(r => r.FamilyId == familyId && r.ServiceId == s.Id && r.Status == AccessStatus.Validated), cancellationToken);
            validatedServices[familyId] = services;
        }

        return services;
    }

    /// <summary>Every module asks for each of its services: the family's validated accesses are read once per request.</summary>
    public async Task<ServiceAccess?> ValidatedAccessAsync(Guid familyId, Guid serviceId, CancellationToken cancellationToken)
    {
        if (!validatedAccess.TryGetValue(familyId, out var byService))
        {
            byService = await LoadValidatedAccessAsync(familyId, cancellationToken);
            validatedAccess[familyId] = byService;
        }

        return byService.GetValueOrDefault(serviceId);
    }

    private async Task<Dictionary<Guid, ServiceAccess>> LoadValidatedAccessAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var services = visibleServices.Query();
        var requests = await db.AccessRequests.AsNoTracking().Include(r => r.Children)
            .Where(r => r.FamilyId == familyId && r.Status == AccessStatus.Validated && services.Any(s => s.Id == r.ServiceId))
            .ToListAsync(cancellationToken);
        var children = await db.Children.AsNoTracking()
            .Where(c => db.FamilyChildren.Any(l => l.ChildId == c.Id && l.FamilyId == familyId))
            .OrderBy(c => c.BirthDate)
            .Select(c => new ChildSummary(c.Id, c.FirstName, c.LastName) { BirthDate = c.BirthDate, SchoolClass = c.SchoolClass })
            .ToListAsync(cancellationToken);
        return requests.GroupBy(r => r.ServiceId).ToDictionary(g => g.Key, g =>
        {
            var latest = g.MaxBy(r => r.DecidedAtUtc)!;
            var ids = latest.Children.Select(c => c.ChildId).ToHashSet();
            return new ServiceAccess(familyId, g.Key, latest.TariffCategoryId, children.Where(c => ids.Contains(c.Id)).ToList());
        });
    }

    public async Task<IReadOnlyDictionary<Guid, ChildSummary>> ChildrenAsync(IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken)
    {
        var ids = familyIds.Distinct().ToList();
        return await db.Children.AsNoTracking()
            .Where(c => db.FamilyChildren.Any(l => l.ChildId == c.Id && ids.Contains(l.FamilyId)))
            .Select(c => new ChildSummary(c.Id, c.FirstName, c.LastName) { BirthDate = c.BirthDate, SchoolClass = c.SchoolClass })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, FamilyPayer>> PayersAsync(IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken)
    {
        var payers = new Dictionary<Guid, FamilyPayer>();
        foreach (var chunk in familyIds.Chunk(500))
        {
            var adults = await (from a in db.FamilyAdults
                                join u in db.Users on a.UserId equals u.Id
                                where chunk.Contains(a.FamilyId)
                                select new { a.FamilyId, a.JoinedAtUtc, u.Civilite, u.LastName, u.FirstName, u.AddressLine, u.PostalCode, u.City })
                .AsNoTracking().ToListAsync(cancellationToken);
            foreach (var first in adults.GroupBy(a => a.FamilyId).Select(g => g.OrderBy(a => a.JoinedAtUtc).First()))
            {
                payers[first.FamilyId] = new FamilyPayer(first.Civilite == Civilite.Madame, first.LastName, first.FirstName, first.AddressLine, first.PostalCode, first.City);
            }
        }

        return payers;
    }

    public async Task<FamilySummary?> FindAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var family = await db.Families.AsNoTracking().Where(f => f.Id == familyId)
            .Select(f => new
            {
                f.Id,
                f.Name,
                Emails = (from a in db.FamilyAdults join u in db.Users on a.UserId equals u.Id where a.FamilyId == f.Id && u.Email != null select u.Email!).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return family is null ? null : new FamilySummary(family.Id, family.Name, family.Emails);
    }
}
