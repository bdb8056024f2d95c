using Platform.Host.Composition;
using Platform.Host.Plugins;

var builder = WebApplication.CreateBuilder(args);
var settings = PlatformSettings.From(builder.Configuration, builder.Environment);
var pluginsFile = PluginsFile.Read(settings.PluginsFile);
var modules = PluginCatalog.Load(pluginsFile, settings.PluginsBaseDirectory, builder.Environment.IsProduction());

builder.AddPlatform(settings, pluginsFile, modules);

var app = builder.Build();
using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<PlatformInitialiser>().RunAsync(app.Lifetime.ApplicationStopping);
}

app.UsePlatform(modules);
app.Run();

/// <summary>Entry point, public for the test host.</summary>
public partial class Program;
