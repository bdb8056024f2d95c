using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace Platform.Architecture.Tests;

/// <summary>The host names no module and no payment provider, and links to none of their pages: what it shows of them
/// comes from what they contribute through Core, so adding a module changes no host code. Demo data and plugins.json
/// are data, not code.</summary>
public sealed class HostNamingTests
{
    [Fact]
    public void Host_code_names_no_plugin_and_links_to_no_plugin_page()
    {
        var ids = PluginIds();
        var pages = PluginPages();
        Assert.Contains("cantine", ids);
        Assert.Contains("/porte-monnaie", pages);
        Assert.Contains("garderie", ids);

        var offences = new List<string>();
        foreach (var file in HostSources())
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(Paths.RepoRoot, file);
            offences.AddRange(ids.Where(id => Regex.IsMatch(text, $"[\"'/]{Regex.Escape(id)}[\"'/?]")).Select(id => $"{name} names '{id}'"));
            offences.AddRange(pages.Where(page => Regex.IsMatch(text, $"[\"']{Regex.Escape(page)}[\"'?/#]")).Select(page => $"{name} links to {page}"));
        }

        Assert.True(offences.Count == 0, string.Join(Environment.NewLine, offences));
    }

    /// <summary>Ids declared by the plugins' plugin.json files.</summary>
    private static List<string> PluginIds() =>
        PluginFolders()
            .Select(folder => Path.Combine(folder, "plugin.json"))
            .Where(File.Exists)
            .Select(file => JsonNode.Parse(File.ReadAllText(file))!["id"]!.GetValue<string>())
            .Distinct()
            .ToList();

    /// <summary>The fixed start of each plugin page's route ("/reservations", "/porte-monnaie", …).</summary>
    private static List<string> PluginPages() =>
        PluginFolders()
            .SelectMany(folder => Directory.GetFiles(folder, "*.cshtml", SearchOption.AllDirectories))
            .Select(file => Regex.Match(File.ReadAllText(file), "^@page \"(/[^\"{]*)", RegexOptions.Multiline))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value.TrimEnd('/'))
            .Where(page => page.Length > 1)
            .Distinct()
            .ToList();

    private static IEnumerable<string> PluginFolders() =>
        new[] { "Modules", "PaymentProviders" }
            .SelectMany(root => Directory.GetDirectories(Path.Combine(Paths.RepoRoot, root)));

    private static IEnumerable<string> HostSources() =>
        Directory.GetFiles(Path.Combine(Paths.RepoRoot, "Host"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !Regex.IsMatch(f, @"[\\/](bin|obj|Migrations)[\\/]"));
}
