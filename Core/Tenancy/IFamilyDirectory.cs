using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Platform.Core.Tenancy;

/// <summary>Read port over families and their access to services, for modules. Implemented by the host.</summary>
public interface IFamilyDirectory
{
    Task<bool> IsAdultOfAsync(Guid userId, Guid familyId, CancellationToken cancellationToken);

    /// <summary>The family a parent's page works on: the one chosen with ?famille=…, else the first.</summary>
    Task<FamilySummary?> CurrentFamilyAsync(HttpContext http, CancellationToken cancellationToken);

    /// <summary>Whether the caller is an administrator, or an agent of the commune offering the service.</summary>
    Task<bool> CanActForServiceAsync(ClaimsPrincipal agent, Guid serviceId, CancellationToken cancellationToken);

    /// <summary>Whether the caller may act on this family for this service: an administrator, or an agent of the
    /// service's commune when the family has an access request (of any status) in that commune. Every agent action on a
    /// family checks this before touching or showing anything of it, and answers "not found" when it is false.</summary>
    Task<bool> CanServeFamilyAsync(ClaimsPrincipal agent, Guid familyId, Guid serviceId, CancellationToken cancellationToken);

    /// <summary>Which of these families the caller may act on for something not tied to one service (a quotient
    /// familial): every one for an administrator; for an agent, those with an access request in one of the agent's
    /// communes. Platform API 1.6.</summary>
    Task<IReadOnlySet<Guid>> ServedFamiliesAsync(ClaimsPrincipal agent, IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken);

    /// <summary>The family's validated access to a service (its tariff category and children), if any.</summary>
    Task<ServiceAccess?> ValidatedAccessAsync(Guid familyId, Guid serviceId, CancellationToken cancellationToken);

    Task<FamilySummary?> FindAsync(Guid familyId, CancellationToken cancellationToken);

    /// <summary>The children of these families, by id, in one query: the names of a day sheet, a roster, a list of
    /// bookings. Platform API 1.4.</summary>
    Task<IReadOnlyDictionary<Guid, ChildSummary>> ChildrenAsync(IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken);

    /// <summary>The signed-in adult's name and postal address as given at sign-up, so forms need not ask them again.</summary>
    Task<AdultProfile?> CurrentAdultAsync(ClaimsPrincipal user, CancellationToken cancellationToken);

    /// <summary>The services the family has a validated access to (enabled ones only).</summary>
    Task<IReadOnlyList<ServiceSummary>> ValidatedServicesAsync(Guid familyId, CancellationToken cancellationToken);

    /// <summary>Who pays for each of these families (the adult who joined it first), with the identity and postal
    /// address given at sign-up, for the public accountant's export. Platform API 1.5.</summary>
    Task<IReadOnlyDictionary<Guid, FamilyPayer>> PayersAsync(IReadOnlyCollection<Guid> familyIds, CancellationToken cancellationToken);
}

/// <param name="IsWoman">Madame when true, Monsieur otherwise, as chosen at sign-up.</param>
public sealed record FamilyPayer(bool IsWoman, string LastName, string FirstName, string AddressLine, string PostalCode, string City);

public sealed record FamilySummary(Guid Id, string Name, IReadOnlyList<string> AdultEmails);

/// <param name="Address">One line: street, postal code and city.</param>
public sealed record AdultProfile(string FullName, string Address);

public sealed record ServiceAccess(Guid FamilyId, Guid ServiceId, Guid TariffCategoryId, IReadOnlyList<ChildSummary> Children);

public sealed record ChildSummary(Guid Id, string FirstName, string LastName)
{
    /// <summary>For the age range of an activity. Platform API 1.3.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>The class as the parent typed it ("CE1"), for the class range of an activity (see
    /// <see cref="SchoolLevels"/>). Platform API 1.4.</summary>
    public string? SchoolClass { get; init; }
}
