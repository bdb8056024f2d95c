using System.Reflection;

namespace Platform.Host.IntegrationTests.Support;

internal static class Paths
{
    /// <summary>The host's build output, whose plugins/ folder the host lays out at build time.</summary>
    public static string HostOutput => Metadata("HostOutput");

    public static string RepoRoot => Metadata("RepoRoot");

    public static string Artifacts
    {
        get
        {
            var path = Path.Combine(RepoRoot, "artifacts", "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private static string Metadata(string key) =>
        typeof(Paths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
