using Microsoft.AspNetCore.Routing;

namespace Platform.Core.Modularity;

/// <summary>Route groups prepared by the host for one module.</summary>
/// <param name="Commune">/api/communes/{commune}/{moduleId}: authenticated users; answers 404 when the module is
/// disabled for that commune.</param>
/// <param name="Admin">/api/admin/{moduleId}: collectivité administrators only.</param>
public sealed record ModuleEndpoints(RouteGroupBuilder Commune, RouteGroupBuilder Admin);
