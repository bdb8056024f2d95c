using System.Security.Claims;

namespace Platform.Core.Tenancy;

/// <summary>Read port over the régies (the public accounting units that cash the money of services). Implemented by
/// the host. Platform API 1.5.</summary>
public interface IRegieDirectory
{
    Task<RegieSummary?> FindAsync(Guid regieId, CancellationToken cancellationToken);

    /// <summary>The régies an agent acts for: those with a service in one of the agent's communes, each listing only
    /// the agent's communes (an agent acts on the families of those only), every one for an administrator, none for
    /// anyone else.</summary>
    Task<IReadOnlyList<RegieSummary>> ForAgentAsync(ClaimsPrincipal agent, CancellationToken cancellationToken);

    /// <summary>The régies cashing for at least one service of the commune.</summary>
    Task<IReadOnlyList<RegieSummary>> OfCommuneAsync(string commune, CancellationToken cancellationToken);
}

/// <param name="Communes">Slugs of the communes whose services it cashes for; the first is the one its jobs run in.</param>
public sealed record RegieSummary(Guid Id, string Name, string CollectiviteName, IReadOnlyList<string> Communes);
