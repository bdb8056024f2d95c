using Platform.Core.Application;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Platform.Core.Tenancy;
using Platform.Host.Api;
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

/// <summary>Answers 404 on a module's pages when the module is disabled for the commune in the route.</summary>
internal sealed class ModuleEnabledPageFilter(LoadedModules modules, IPlatformFeatures features) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var moduleId = modules.ModuleOf(context.ActionDescriptor.PageTypeInfo.Assembly);
        if (moduleId is not null)
        {
            var commune = context.RouteData.Values["commune"] as string ?? "";
            if (!await features.IsModuleEnabledAsync(commune, moduleId, context.HttpContext.RequestAborted))
            {
                context.Result = new NotFoundResult();
                return;
            }
        }

        await next();
    }
}
