using System.Reflection;
using System.Text.Json;
using Autofac;
using McMaster.NETCore.Plugins;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Core.Modularity;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Plugins;

/// <summary>Loads the modules and payment providers listed in plugins.json, each from its own folder and load context,
/// sharing every assembly the host has (Core, the payment SDK, ASP.NET Core, EF Core, Autofac, Hangfire) at the host's
/// version (docs/adr/0002). A plugin that cannot be loaded is refused with its reason; the host runs without it.</summary>
public static class PluginCatalog
{
    private static readonly Type[] SharedTypes =
    [
        typeof(IModule), typeof(IPaymentProvider), typeof(ContainerBuilder), typeof(IServiceCollection), typeof(DbContext), typeof(IEndpointRouteBuilder),
    ];

    /// <param name="isProduction">Sandboxes simulate payments: they never load in Production.</param>
    public static LoadedPlugins Load(PluginsFile file, string baseDirectory, bool isProduction)
    {
        var problems = new List<string>();
        var modules = new List<LoadedModule>();
        foreach (var entry in file.Modules)
        {
            if (TryLoad<IModule>(entry, "module", baseDirectory, problems) is var (manifest, module, assembly) && Matches(entry, module.Id, problems))
            {
                modules.Add(new LoadedModule(manifest, module, assembly));
            }
        }

        var providers = new List<LoadedProvider>();
        foreach (var entry in file.PaymentProviders)
        {
            if (TryLoad<IPaymentProviderPlugin>(entry, "paymentProvider", baseDirectory, problems) is var (manifest, plugin, providerAssembly) && Matches(entry, plugin.Id, problems))
            {
                providers.Add(new LoadedProvider(manifest, plugin, providerAssembly));
            }
        }

        var sandboxes = new List<LoadedSandbox>();
        foreach (var entry in file.Sandboxes)
        {
            if (isProduction)
            {
                problems.Add($"Plugin '{entry.Id}' refused: it simulates payments and never loads in the Production environment.");
            }
            else if (TryLoad<IPaymentSandboxPlugin>(entry, "sandbox", baseDirectory, problems) is var (manifest, plugin, _) && Matches(entry, plugin.Id, problems))
            {
                sandboxes.Add(new LoadedSandbox(manifest, plugin));
            }
        }

        Refuse(modules, m => m.Manifest, modules, problems);
        Refuse(providers, p => p.Manifest, modules, problems);
        Refuse(sandboxes, s => s.Manifest, modules, problems);
        return new LoadedPlugins(modules, providers, sandboxes, problems);
    }

    /// <summary>Refuses the plugins whose required modules are not loaded, until none is left wanting (a module refused
    /// this way may be another's requirement).</summary>
    private static void Refuse<T>(List<T> plugins, Func<T, PluginManifest> manifestOf, List<LoadedModule> modules, List<string> problems)
    {
        for (var refused = true; refused;)
        {
            refused = false;
            foreach (var plugin in plugins.ToList())
            {
                var manifest = manifestOf(plugin);
                if ((manifest.Requires ?? []).FirstOrDefault(id => modules.All(m => m.Manifest.Id != id)) is { } missing)
                {
                    plugins.Remove(plugin);
                    problems.Add($"Plugin '{manifest.Id}' refused: it requires the module '{missing}', which is not loaded.");
                    refused = true;
                }
            }
        }
    }

    private static bool Matches(PluginEntry entry, string id, List<string> problems)
    {
        if (id == entry.Id)
        {
            return true;
        }

        problems.Add($"Plugin '{entry.Id}' refused: its entry point says its id is '{id}'.");
        return false;
    }

    private static (PluginManifest, T, Assembly)? TryLoad<T>(PluginEntry entry, string kind, string baseDirectory, List<string> problems)
        where T : class
    {
        try
        {
            return Load<T>(entry, kind, baseDirectory);
        }
        catch (PluginRefusedException e)
        {
            problems.Add(e.Message);
            return null;
        }
    }

    private static (PluginManifest, T, Assembly) Load<T>(PluginEntry entry, string kind, string baseDirectory)
        where T : class
    {
        var assemblyPath = Path.GetFullPath(entry.Assembly, baseDirectory);
        if (!File.Exists(assemblyPath))
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: '{assemblyPath}' does not exist (build the host, which lays out its plugins).");
        }

        var manifest = ReadManifest(entry, kind, Path.Combine(Path.GetDirectoryName(assemblyPath)!, "plugin.json"));
        if (!string.Equals(manifest.Assembly, Path.GetFileName(assemblyPath), StringComparison.Ordinal))
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: its plugin.json names '{manifest.Assembly}', plugins.json '{Path.GetFileName(assemblyPath)}'.");
        }

        if (kind == "paymentProvider")
        {
            SdkVersionCheck.EnsureCompatible(entry.Id, assemblyPath);
        }

        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, SharedTypes, config => config.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();
            var entryPoints = assembly.GetExportedTypes()
                .Where(t => typeof(T).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                .ToList();
            if (entryPoints.Count != 1)
            {
                throw new PluginRefusedException($"Plugin '{entry.Id}' refused: {assembly.GetName().Name} must export exactly one {typeof(T).Name}, found {entryPoints.Count}.");
            }

            return (manifest, (T)Activator.CreateInstance(entryPoints[0])!, assembly);
        }
        catch (Exception e) when (e is FileLoadException or FileNotFoundException or BadImageFormatException or ReflectionTypeLoadException or TypeLoadException)
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: its assembly cannot be loaded ({e.Message}).");
        }
    }

    private static PluginManifest ReadManifest(PluginEntry entry, string kind, string path)
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

        if (manifest is null || manifest.Id != entry.Id || manifest.Kind != kind)
        {
            throw new PluginRefusedException($"Plugin '{entry.Id}' refused: its plugin.json describes '{manifest?.Id}' of kind '{manifest?.Kind}', plugins.json a {kind}.");
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

    internal sealed class PluginRefusedException(string message) : Exception(message);
}
