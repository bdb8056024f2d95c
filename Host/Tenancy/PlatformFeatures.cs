using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Tenancy;
using Platform.Host.Accounts;
using Platform.Host.Data;
using Platform.Host.Payments;
using Platform.Host.Plugins;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Tenancy;

/// <summary>What each commune enables. Scoped: a page asks several times (the module's filter, the header, the payment
/// channels), and each commune's switches are read once per request.</summary>
public sealed class PlatformFeatures(
    PlatformDbContext db, LoadedPlugins modules, IEnumerable<IPaymentProvider> providers, ProviderSettingsStore settings) : IPlatformFeatures
{
    private readonly Dictionary<string, HashSet<(string Kind, string Id)>> enabled = new(StringComparer.Ordinal);

    public async Task<bool> IsModuleEnabledAsync(string commune, string moduleId, CancellationToken cancellationToken) =>
        modules.IsLoaded(moduleId) && (await EnabledAsync(commune, cancellationToken)).Contains((FeatureKinds.Module, moduleId));

    public async Task<bool> IsInvoiceChannelEnabledAsync(string commune, string providerId, CancellationToken cancellationToken) =>
        modules.IsProviderLoaded(providerId) && (await EnabledAsync(commune, cancellationToken)).Contains((FeatureKinds.InvoicePaymentProvider, providerId));

    public async Task<bool> AcceptsWalletAsync(string commune, Guid regieId, CancellationToken cancellationToken)
    {
        var enabledHere = await EnabledAsync(commune, cancellationToken);
        foreach (var provider in providers.Where(p => p.Capabilities.HasFlag(PaymentCapabilities.Instant)))
        {
            if (enabledHere.Contains((FeatureKinds.PaymentProvider, provider.Id)) && await settings.ForAsync(provider.Id, regieId, cancellationToken) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private async Task<HashSet<(string Kind, string Id)>> EnabledAsync(string commune, CancellationToken cancellationToken)
    {
        if (!enabled.TryGetValue(commune, out var features))
        {
            var rows = await db.CommuneFeatures.AsNoTracking()
                .Where(f => f.Enabled && db.Communes.Any(c => c.Id == f.CommuneId && c.Slug == commune))
                .Select(f => new { f.Kind, f.FeatureId })
                .ToListAsync(cancellationToken);
            features = rows.Select(f => (f.Kind, f.FeatureId)).ToHashSet();
            enabled[commune] = features;
        }

        return features;
    }
}

/// <summary>Core's read port over services, for modules. Scoped: a request that asks for one service several times
/// (its page, the module's schedule, the checks) reads it once.</summary>
public sealed class ServiceCatalog(PlatformDbContext db, VisibleServices visibleServices) : IServiceCatalog
{
    private readonly Dictionary<Guid, ServiceSummary?> found = [];

    public async Task<IReadOnlyList<ServiceSummary>> ListAsync(string commune, string moduleId, CancellationToken cancellationToken) =>
        await Summaries(visibleServices.Query().Where(s => s.ModuleId == moduleId), commune, cancellationToken);

    public async Task<ServiceSummary?> FindAsync(Guid serviceId, CancellationToken cancellationToken)
    {
        if (!found.TryGetValue(serviceId, out var service))
        {
            service = (await Summaries(visibleServices.Query().Where(s => s.Id == serviceId), null, cancellationToken, split: false)).SingleOrDefault();
            found[serviceId] = service;
        }

        return service;
    }

    public async Task<IReadOnlyList<ServiceSummary>> ForAgentAsync(ClaimsPrincipal agent, string moduleId, CancellationToken cancellationToken)
    {
        if (agent.IsInRole(Roles.Administrator))
        {
            return await WhereAsync(s => s.ModuleId == moduleId, cancellationToken);
        }

        if (!agent.IsInRole(Roles.Agent) || !Guid.TryParse(agent.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return [];
        }

        return await WhereAsync(s => s.ModuleId == moduleId && db.AgentCommunes.Any(a => a.UserId == userId && a.CommuneId == s.CommuneId), cancellationToken);
    }

    /// <summary>The visible services matching <paramref name="filter"/>, in one query.</summary>
    public Task<IReadOnlyList<ServiceSummary>> WhereAsync(Expression<Func<Service, bool>> filter, CancellationToken cancellationToken) =>
        Summaries(visibleServices.Query().Where(filter), null, cancellationToken);

    /// <param name="split">One query per collection (lists of services); one service is read in a single query.</param>
    private async Task<IReadOnlyList<ServiceSummary>> Summaries(
        IQueryable<Service> services, string? commune, CancellationToken cancellationToken, bool split = true)
    {
        var included = services.Include(s => s.TariffCategories).Include(s => s.RequiredDocuments);
        var rows = await (from s in split ? included.AsSplitQuery() : included.AsSingleQuery()
                          join c in db.Communes on s.CommuneId equals c.Id
                          where commune == null || c.Slug == commune
                          select new { Service = s, c.Slug, c.Name }).AsNoTracking().ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Service.Name, StringComparer.Ordinal)
            .Select(r => new ServiceSummary(
                r.Service.Id,
                r.Slug,
                r.Name,
                r.Service.ModuleId,
                r.Service.RegieId,
                r.Service.Name,
                r.Service.Description,
                r.Service.TariffCategories.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new TariffCategorySummary(t.Id, t.Name)).ToList(),
                r.Service.RequiredDocuments.OrderBy(d => d.Name, StringComparer.Ordinal)
                    .Select(d => new RequiredDocumentSummary(d.Id, d.Name, d.PerChild, d.ValidityMonths)).ToList()))
            .ToList();
    }
}
