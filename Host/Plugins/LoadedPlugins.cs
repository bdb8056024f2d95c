using System.Reflection;
using Platform.Core.Modularity;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Plugins;

public sealed record LoadedModule(PluginManifest Manifest, IModule Module, Assembly Assembly);

public sealed record LoadedProvider(PluginManifest Manifest, IPaymentProviderPlugin Plugin, Assembly Assembly);

public sealed record LoadedSandbox(PluginManifest Manifest, IPaymentSandboxPlugin Plugin);

/// <summary>The modules, payment providers and sandboxes this process loaded, fixed at start-up.</summary>
public sealed class LoadedPlugins(
    IReadOnlyList<LoadedModule> modules, IReadOnlyList<LoadedProvider> providers, IReadOnlyList<LoadedSandbox> sandboxes, IReadOnlyList<string> problems)
{
    public IReadOnlyList<LoadedModule> All => modules;

    public IReadOnlyList<LoadedProvider> Providers => providers;

    public IReadOnlyList<LoadedSandbox> Sandboxes => sandboxes;

    public bool IsProviderLoaded(string providerId) => providers.Any(p => p.Manifest.Id == providerId);

    /// <summary>Plugins listed in plugins.json but refused, with the reason; logged at start-up.</summary>
    public IReadOnlyList<string> Problems => problems;

    public bool IsLoaded(string moduleId) => modules.Any(m => m.Manifest.Id == moduleId);

    public string? ModuleOf(Assembly assembly) => modules.FirstOrDefault(m => m.Assembly == assembly)?.Manifest.Id;
}
