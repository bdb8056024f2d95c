using Platform.Core.Modularity;
using Platform.Host.Api;
using Platform.Host.Plugins;
using Platform.Host.Security;

namespace Platform.Host.Composition;

internal static class PlatformPipeline
{
    public static void UsePlatform(this WebApplication app, LoadedPlugins modules)
    {
        // Behind the collectivité's reverse proxy (loopback by default): HTTPS as seen by the browser, so the session
        // cookie is marked Secure.
        app.UseForwardedHeaders();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
        }

        app.UseWhen(c => IsApi(c.Request), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApi(c.Request), pages =>
        {
            pages.UseExceptionHandler("/erreur");
            pages.UseStatusCodePagesWithReExecute("/erreur", "?code={0}");
            pages.Use(OversizedForms.RedisplayAsync);
        });
        app.UseSecurityHeaders(app.Configuration);
        app.UseStaticDelivery();
        app.UseRouting();
        app.UseAuthentication();
        app.UseBearerStampCheck();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Portail famille");
            o.RoutePrefix = "api/docs";
            o.DocumentTitle = "API du portail famille";
        });

        AccountApi.Map(app);
        FamilyApi.Map(app);
        CalendarApi.Map(app);
        AccessApi.Map(app);
        AgentApi.Map(app);
        AdminApi.Map(app);
        OrderingApi.Map(app);
        foreach (var module in modules.All)
        {
            var id = module.Manifest.Id;
            var commune = app.MapGroup($"/api/communes/{{commune}}/{id}")
                .WithTags(module.Manifest.DisplayName)
                .RequireAuthorization(ApiPolicies.User)
                .AddEndpointFilter(new ModuleEnabledEndpointFilter(id));
            var family = app.MapGroup($"/api/families/{{familyId:guid}}/{id}")
                .WithTags(module.Manifest.DisplayName)
                .RequireAuthorization(ApiPolicies.User)
                .AddEndpointFilter(new FamilyMemberEndpointFilter());
            var agent = app.MapGroup($"/api/agent/{id}")
                .WithTags(module.Manifest.DisplayName)
                .RequireAuthorization(ApiPolicies.Agent);
            var admin = app.MapGroup($"/api/admin/{id}")
                .WithTags(module.Manifest.DisplayName)
                .RequireAuthorization(ApiPolicies.Administrator);
            module.Module.MapEndpoints(new ModuleEndpoints(commune, family, agent, admin));
        }

        foreach (var sandbox in modules.Sandboxes)
        {
            sandbox.Plugin.MapEndpoints(app);
        }

        app.MapRazorPages();
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");
}
