using System.Security.Claims;

namespace Platform.Core.Tenancy;

/// <summary>Read port over the services the communes offer. Only services whose module is enabled for their
/// commune are returned.</summary>
public interface IServiceCatalog
{
    Task<IReadOnlyList<ServiceSummary>> ListAsync(string commune, string moduleId, CancellationToken cancellationToken);

    Task<ServiceSummary?> FindAsync(Guid serviceId, CancellationToken cancellationToken);

    /// <summary>The module's services an agent acts for: those of the agent's communes, every one for an
    /// administrator, none for anyone else. Platform API 1.4.</summary>
    Task<IReadOnlyList<ServiceSummary>> ForAgentAsync(ClaimsPrincipal agent, string moduleId, CancellationToken cancellationToken);
}

public sealed record ServiceSummary(
    Guid Id,
    string Commune,
    string CommuneName,
    string ModuleId,
    Guid RegieId,
    string Name,
    string? Description,
    IReadOnlyList<TariffCategorySummary> TariffCategories,
    IReadOnlyList<RequiredDocumentSummary> RequiredDocuments);

public sealed record TariffCategorySummary(Guid Id, string Name);

public sealed record RequiredDocumentSummary(Guid Id, string Name, bool PerChild, int ValidityMonths);
