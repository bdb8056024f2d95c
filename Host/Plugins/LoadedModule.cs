using System.Reflection;
using Platform.Core.Modularity;

namespace Platform.Host.Plugins;

public sealed record LoadedModule(PluginManifest Manifest, IModule Module, Assembly Assembly);

/// <summary>The modules this process loaded, fixed at start-up.</summary>
public sealed class LoadedModules(IReadOnlyList<LoadedModule> modules, IReadOnlyList<string> problems)
{
    public IReadOnlyList<LoadedModule> All => modules;

    /// <summary>Plugins listed in plugins.json but refused, with the reason; logged at start-up.</summary>
    public IReadOnlyList<string> Problems => problems;

    public bool IsLoaded(string moduleId) => modules.Any(m => m.Manifest.Id == moduleId);

    public string? ModuleOf(Assembly assembly) => modules.FirstOrDefault(m => m.Assembly == assembly)?.Manifest.Id;
}
