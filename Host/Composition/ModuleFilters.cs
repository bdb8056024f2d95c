using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Platform.Core.Tenancy;
using Platform.Core.Application;
using Platform.Host.Plugins;

namespace Platform.Host.Composition;

/// <summary>Answers 404 on a module's API when the module is disabled for the commune in the route.</summary>
internal sealed class ModuleEnabledEndpointFilter(string moduleId) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var commune = http.GetRouteValue("commune") as string ?? "";
        var features = http.RequestServices.GetRequiredService<IPlatformFeatures>();
        return await features.IsModuleEnabledAsync(commune, moduleId, http.RequestAborted)
            ? await next(context)
            : AppResultHttp.NotFound();
    }
}

/// <summary>Answers 404 on a module's family routes unless the caller is a responsible adult of that family.</summary>
public sealed class FamilyMemberEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var families = http.RequestServices.GetRequiredService<IFamilyDirectory>();
        var isAdult = Guid.TryParse(http.GetRouteValue("familyId") as string, out var familyId)
            && await families.IsAdultOfAsync(Security.CurrentUser.From(http.User).Id, familyId, http.RequestAborted);
        return isAdult ? await next(context) : AppResultHttp.NotFound();
    }
}

/// <summary>Answers 404 on a module's pages when the module is disabled for the commune in the route.</summary>
internal sealed class ModuleEnabledPageFilter(LoadedPlugins modules, IPlatformFeatures features) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var moduleId = modules.ModuleOf(context.ActionDescriptor.PageTypeInfo.Assembly);
        if (moduleId is not null && context.RouteData.Values.TryGetValue("commune", out var value))
        {
            var commune = value as string ?? "";
            if (!await features.IsModuleEnabledAsync(commune, moduleId, context.HttpContext.RequestAborted))
            {
                context.Result = new NotFoundResult();
                return;
            }
        }

        await next();
    }
}
