using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Plugins;
using Platform.PaymentProviders.Abstractions;
using Xunit;

namespace Platform.Sdk.Tests;

/// <summary>The host's plugin catalog on the counter sample built against the packed SDK.</summary>
[Collection(SdkCollection.Name)]
public sealed class PluginLoadingTests(SdkWorkspace workspace)
{
    [Fact]
    public async Task The_sample_built_against_the_package_loads_and_shares_the_hosts_sdk()
    {
        var baseDirectory = await workspace.BuildSampleAsync(await workspace.CurrentAsync(), "loads");

        var loaded = PluginCatalog.Load(PluginsFileListingTheSample(baseDirectory), baseDirectory, isProduction: true);

        Assert.Empty(loaded.Problems);
        var plugin = Assert.Single(loaded.Providers);
        Assert.Equal("counter", plugin.Manifest.Id);
        Assert.DoesNotContain("Platform.PaymentProviders.Abstractions.dll", Directory.EnumerateFiles(Path.Combine(baseDirectory, "plugins", "counter")).Select(Path.GetFileName));
        var services = new ServiceCollection();
        plugin.Plugin.ConfigureServices(services);
        using var container = services.BuildServiceProvider();
        Assert.Equal("Paiement au guichet de la régie", container.GetRequiredService<IPaymentProvider>().DisplayName);
    }

    [Fact]
    public async Task The_sample_built_against_another_sdk_major_is_refused_with_both_versions()
    {
        var baseDirectory = await workspace.BuildSampleAsync(await workspace.NextMajorAsync(), "refused");

        var loaded = PluginCatalog.Load(PluginsFileListingTheSample(baseDirectory), baseDirectory, isProduction: true);

        Assert.Empty(loaded.Providers);
        var problem = Assert.Single(loaded.Problems);
        Assert.Contains("'counter'", problem);
        Assert.Contains("2.0.0.0", problem);
        Assert.Contains(typeof(IPaymentProvider).Assembly.GetName().Version!.ToString(), problem);
    }

    private static PluginsFile PluginsFileListingTheSample(string baseDirectory)
    {
        var path = Path.Combine(baseDirectory, "plugins.json");
        File.WriteAllText(path, """
            {
              "paymentProviders": [
                { "id": "counter", "assembly": "plugins/counter/CounterPayment.dll", "version": "1.0.0" }
              ],
              "defaults": { "modules": [], "paymentProviders": [ "counter" ] }
            }
            """);
        return PluginsFile.Read(path);
    }
}
