using System.Security.Claims;
using Platform.Core.Ordering;
using Platform.Core.Tenancy;

namespace Platform.Core.Modularity;

/// <summary>A link a plugin adds to the host's pages; the host lays it out.</summary>
/// <param name="Order">Position among the others (the host's own menu entries use 10, 20 and 90).</param>
/// <param name="CssClass">A class of the host's style sheet ("button", "button secondary", "wallet-balance", "due-balance").</param>
public sealed record UiLink(string Label, string Href, int Order = 50, string? CssClass = null);

/// <summary>A service as the host's pages show it, for the actions a module offers on it.</summary>
public sealed record ServiceRef(Guid Id, string ModuleId, string Commune);

/// <summary>What a module or a payment provider adds to the host's pages, so that the host names none of them: menu
/// entries, actions on a service, actions of an agent on a family. Registered in the container by the plugin; the host
/// asks every contribution, each answering only for what is its own.</summary>
public interface IPageContributions
{
    /// <summary>Entries of a parent's menu for the family the page works on (null before the family exists).</summary>
    Task<IReadOnlyList<UiLink>> ParentMenuAsync(FamilySummary? family, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UiLink>>([]);

    /// <summary>What a parent can do with a service the family has a validated access to (e.g. "Réserver des repas").</summary>
    IReadOnlyList<UiLink> ServiceActions(ServiceRef service) => [];

    /// <summary>Entries of an agent's menu (e.g. the day's presence sheet), for the agent signed in. Platform API 1.4.</summary>
    Task<IReadOnlyList<UiLink>> AgentMenuAsync(ClaimsPrincipal agent, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UiLink>>([]);

    /// <summary>What an agent can do for a family validated on one of the agent's services (e.g. a counter payment).</summary>
    IReadOnlyList<UiLink> AgentFamilyActions(Guid familyId, Guid serviceId) => [];

    /// <summary>Where a paid order leads, for the plugin's own lines in it ("Voir mes réservations"): on the order page
    /// and in the receipt.</summary>
    IReadOnlyList<UiLink> OrderPaidLinks(PaidOrder order) => [];
}
