using System.Reflection;

namespace Platform.Architecture.Tests;

internal static class Paths
{
    /// <summary>The host's build output, whose plugins/ folder the host lays out at build time.</summary>
    public static string HostOutput => Metadata("HostOutput");

    public static string RepoRoot => Metadata("RepoRoot");

    private static string Metadata(string key) =>
        typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
