using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Tenancy;
using Platform.Host.Data;
using Platform.Host.Accounts;

namespace Platform.Host.Tenancy;

/// <summary>The régies and the communes whose services they cash for (services of enabled modules only).</summary>
public sealed class RegieDirectory(PlatformDbContext db, VisibleServices visibleServices) : IRegieDirectory
{
    public async Task<RegieSummary?> FindAsync(Guid regieId, CancellationToken cancellationToken) =>
        (await SummariesAsync(db.Regies.Where(r => r.Id == regieId), cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<RegieSummary>> ForAgentAsync(ClaimsPrincipal agent, CancellationToken cancellationToken)
    {
        if (agent.IsInRole(Roles.Administrator))
        {
            return await SummariesAsync(db.Regies, cancellationToken);
        }

        if (!agent.IsInRole(Roles.Agent) || !Guid.TryParse(agent.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return [];
        }

        var services = visibleServices.Query();
        var agentCommunes = db.AgentCommunes.Where(a => a.UserId == userId).Select(a => a.CommuneId);
        var regies = await SummariesAsync(
            db.Regies.Where(r => services.Any(s => s.RegieId == r.Id && agentCommunes.Contains(s.CommuneId))), cancellationToken);
        var mine = await db.Communes.Where(c => agentCommunes.Contains(c.Id)).Select(c => c.Slug).ToListAsync(cancellationToken);
        return regies.Select(r => r with { Communes = r.Communes.Where(mine.Contains).ToList() }).ToList();
    }

    public async Task<IReadOnlyList<RegieSummary>> OfCommuneAsync(string commune, CancellationToken cancellationToken)
    {
        var services = visibleServices.Query();
        return await SummariesAsync(
            db.Regies.Where(r => services.Any(s => s.RegieId == r.Id && db.Communes.Any(c => c.Id == s.CommuneId && c.Slug == commune))),
            cancellationToken);
    }

    private async Task<IReadOnlyList<RegieSummary>> SummariesAsync(IQueryable<Regie> regies, CancellationToken cancellationToken)
    {
        var rows = await regies.AsNoTracking()
            .Join(db.Collectivites, r => r.CollectiviteId, c => c.Id, (r, c) => new { r.Id, r.Name, Collectivite = c.Name })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var communes = await visibleServices.Query().Where(s => ids.Contains(s.RegieId))
            .Join(db.Communes, s => s.CommuneId, c => c.Id, (s, c) => new { s.RegieId, c.Slug })
            .Distinct()
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Name)
            .Select(r => new RegieSummary(r.Id, r.Name, r.Collectivite, communes.Where(c => c.RegieId == r.Id).Select(c => c.Slug).Order().ToList()))
            .ToList();
    }
}
