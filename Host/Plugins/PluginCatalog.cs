using System.Reflection;
using System.Text.Json;
using Autofac;
using McMaster.NETCore.Plugins;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Modularity;

namespace Platform.Host.Plugins;

/// <summary>Loads the modules listed in plugins.json, each from its own folder and load context, sharing every
/// assembly the host has (Core, ASP.NET Core, EF Core, Autofac, Hangfire) at the host's version (docs/adr/0002).</summary>
public static class PluginCatalog
{
    private static readonly Type[] SharedTypes =
    [
        typeof(IModule), typeof(ContainerBuilder), typeof(IServiceCollection), typeof(DbContext), typeof(IEndpointRouteBuilder),
    ];

    public static LoadedModules Load(PluginsFile file, string baseDirectory)
    {
        var loaded = new List<LoadedModule>();
        var problems = new List<string>();
        foreach (var entry in file.Modules)
        {
            try
            {
                loaded.Add(LoadModule(entry, baseDirectory));
            }
            catch (PluginRefusedException e)
            {
                problems.Add(e.Message);
            }
        }

        return new LoadedModules(loaded, problems);
    }

    private static LoadedModule LoadModule(PluginEntry entry, string baseDirectory)
    {
        var assemblyPath = Path.GetFullPath(entry.Assembly, baseDirectory);
        if (!File.Exists(assemblyPath))
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: '{assemblyPath}' does not exist (build the host, which lays out its plugins).");
        }

        var manifest = ReadManifest(entry, Path.Combine(Path.GetDirectoryName(assemblyPath)!, "plugin.json"));
        if (!string.Equals(manifest.Assembly, Path.GetFileName(assemblyPath), StringComparison.Ordinal))
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: its plugin.json names '{manifest.Assembly}', plugins.json '{Path.GetFileName(assemblyPath)}'.");
        }

        Assembly assembly;
        List<Type> moduleTypes;
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config => config.PreferSharedTypes = true);
            assembly = loader.LoadDefaultAssembly();
            moduleTypes = assembly.GetExportedTypes()
                .Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                .ToList();
        }
        catch (Exception e) when (e is FileLoadException or FileNotFoundException or BadImageFormatException or ReflectionTypeLoadException or TypeLoadException)
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: its assembly cannot be loaded ({e.Message}).");
        }

        if (moduleTypes.Count != 1)
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: {assembly.GetName().Name} must export exactly one IModule, found {moduleTypes.Count}.");
        }

        var module = (IModule)Activator.CreateInstance(moduleTypes[0])!;
        if (module.Id != entry.Id)
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: its module says its id is '{module.Id}'.");
        }

        return new LoadedModule(manifest, module, assembly);
    }

    private static PluginManifest ReadManifest(PluginEntry entry, string path)
    {
        if (!File.Exists(path))
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: no plugin.json beside its assembly.");
        }

        PluginManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException e)
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: its plugin.json is not valid ({e.Message}).");
        }

        if (manifest is null)
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: its plugin.json is empty.");
        }
        if (manifest.Id != entry.Id || manifest.Kind != "module")
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: its plugin.json describes '{manifest.Id}' of kind '{manifest.Kind}'.");
        }

        if (!Version.TryParse(manifest.PlatformApi, out var api) || !PlatformApi.Accepts(api))
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: it targets platform API {manifest.PlatformApi}, this host offers {PlatformApi.Version}.");
        }

        if (!Version.TryParse(manifest.Version, out var version) || !Version.TryParse(entry.Version, out var expected) || version.Major != expected.Major)
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: version {manifest.Version} found, plugins.json expects {entry.Version}.");
        }

        return manifest;
    }

    private sealed class PluginRefusedException(string message) : Exception(message);
}
