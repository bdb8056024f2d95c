using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace Platform.Architecture.Tests;

/// <summary>Modules and payment providers talk only through Core; the host references none of them. No exemptions.</summary>
public sealed class BoundaryTests
{
    private static readonly string[] Shared = ["Platform.Core", "Platform.PaymentProviders.Abstractions"];

    public static TheoryData<string> PluginProjects() => new(
        new[] { "Modules", "PaymentProviders" }
            .Select(folder => Path.Combine(Paths.RepoRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.csproj", SearchOption.AllDirectories))
            .Where(p => !p.Contains("Abstractions", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Paths.RepoRoot, p)));

    [Theory]
    [MemberData(nameof(PluginProjects))]
    public void Plugin_project_references_only_the_shared_assemblies(string project)
    {
        var references = ProjectReferences(Path.Combine(Paths.RepoRoot, project));

        Assert.All(references, r => Assert.Contains(r, Shared));
    }

    [Fact]
    public void Host_references_no_module_and_no_provider()
    {
        Assert.Equal(Shared, ProjectReferences(Path.Combine(Paths.RepoRoot, "Host", "Platform.Host.csproj")));
        var compiled = AssemblyReferences(Path.Combine(Paths.HostOutput, "Platform.Host.dll"));
        Assert.DoesNotContain(compiled, r => r.StartsWith("Platform.", StringComparison.Ordinal) && !Shared.Contains(r));
    }

    [Fact]
    public void Core_and_the_payment_sdk_reference_no_platform_project()
    {
        Assert.Empty(ProjectReferences(Path.Combine(Paths.RepoRoot, "Core", "Platform.Core.csproj")));
        Assert.Empty(ProjectReferences(Path.Combine(Paths.RepoRoot, "PaymentProviders", "Abstractions", "Platform.PaymentProviders.Abstractions.csproj")));
    }

    [Fact]
    public void Compiled_plugins_reference_no_other_plugin()
    {
        var plugins = Directory.GetFiles(Path.Combine(Paths.HostOutput, "plugins"), "Platform.*.dll", SearchOption.AllDirectories);
        Assert.NotEmpty(plugins);
        foreach (var plugin in plugins)
        {
            var own = Path.GetFileNameWithoutExtension(plugin);
            var others = AssemblyReferences(plugin).Where(r => r.StartsWith("Platform.", StringComparison.Ordinal) && r != own && !Shared.Contains(r));
            Assert.Empty(others);
        }
    }

    private static List<string> ProjectReferences(string project) =>
        XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(((string)r.Attribute("Include")!).Replace('\\', '/')))
            .ToList();

    private static List<string> AssemblyReferences(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }
}
