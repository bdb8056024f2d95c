using Microsoft.AspNetCore.Routing;

namespace Platform.Core.Modularity;

/// <summary>Route groups prepared by the host for one module; each is already authorised.</summary>
/// <param name="Commune">/api/communes/{commune}/{moduleId}: signed-in users; 404 when the module is disabled for
/// that commune.</param>
/// <param name="Family">/api/families/{familyId}/{moduleId}: only the responsible adults of that family.</param>
/// <param name="Agent">/api/agent/{moduleId}: agents and administrators; the module checks the commune of what it
/// touches with <see cref="Tenancy.IFamilyDirectory.CanActForServiceAsync"/>, and the family it acts on with
/// <see cref="Tenancy.IFamilyDirectory.CanServeFamilyAsync"/> (404 when refused).</param>
/// <param name="Admin">/api/admin/{moduleId}: collectivité administrators only.</param>
public sealed record ModuleEndpoints(RouteGroupBuilder Commune, RouteGroupBuilder Family, RouteGroupBuilder Agent, RouteGroupBuilder Admin);
