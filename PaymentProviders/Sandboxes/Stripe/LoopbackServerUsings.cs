// LoopbackServer.cs calls IFeatureCollection.GetRequiredFeature without importing its namespace, so the sandboxes
// project does not compile without this import. Remove it once LoopbackServer.cs has its own using directive.
global using Microsoft.AspNetCore.Http.Features;
