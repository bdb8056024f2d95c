using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Platform.PaymentProviders.Abstractions;

namespace Platform.Host.Plugins;

/// <summary>Refuses a payment provider compiled against another major version of the payment SDK, read from the
/// plugin assembly's references before anything of it is loaded.</summary>
internal static class SdkVersionCheck
{
    private static readonly System.Reflection.AssemblyName Sdk = typeof(IPaymentProvider).Assembly.GetName();

    public static void EnsureCompatible(string pluginId, string assemblyPath)
    {
        Version? compiledAgainst;
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            compiledAgainst = reader.AssemblyReferences
                .Select(handle => reader.GetAssemblyReference(handle))
                .Where(reference => reader.GetString(reference.Name) == Sdk.Name)
                .Select(reference => reference.Version)
                .FirstOrDefault();
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException)
        {
            throw new PluginCatalog.PluginRefusedException($"Plugin '{pluginId}' refused: '{assemblyPath}' is not a .NET assembly ({e.Message}).");
        }

        if (compiledAgainst is null)
        {
            throw new PluginCatalog.PluginRefusedException($"Plugin '{pluginId}' refused: it does not reference the payment SDK {Sdk.Name}.");
        }

        if (compiledAgainst.Major != Sdk.Version!.Major)
        {
            throw new PluginCatalog.PluginRefusedException(
                $"Plugin '{pluginId}' refused: it was compiled against {Sdk.Name} {compiledAgainst}, this host offers {Sdk.Version} (major versions differ). Rebuild it against {Sdk.Version.Major}.x.");
        }

        if (compiledAgainst.Minor > Sdk.Version.Minor)
        {
            throw new PluginCatalog.PluginRefusedException(
                $"Plugin '{pluginId}' refused: it was compiled against {Sdk.Name} {compiledAgainst}, newer than this host's {Sdk.Version}. Update the host, or rebuild the plugin against {Sdk.Version.Major}.{Sdk.Version.Minor}.");
        }
    }
}
