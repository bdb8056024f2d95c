using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.IntegrationTests.Support;
using Platform.Host.Plugins;
using Xunit;

namespace Platform.Host.IntegrationTests.Plugins;

public sealed class RuntimeLoadingTests
{
    private const string WithoutModules = """{ "modules": [], "defaults": { "modules": [] }, "communes": {} }""";

    [Fact]
    public async Task Without_cantine_in_plugins_json_no_page_no_endpoint_no_table()
    {
        using var platform = new TestPlatform(WithoutModules);
        var admin = await platform.AdminAsync();
        await admin.PostAsJsonAsync("/api/admin/communes", new { slug = "alpha", name = "Alpha" });

        Assert.Equal(HttpStatusCode.OK, (await platform.Anonymous().GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.Anonymous().GetAsync("/alpha/cantine")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/communes/alpha/cantine/services")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/admin/cantine/services/{Guid.NewGuid()}/restaurant", new { name = "x" })).StatusCode);
        var service = await admin.PostAsJsonAsync("/api/admin/services", new { commune = "alpha", moduleId = "cantine", name = "Cantine" });
        Assert.Equal(HttpStatusCode.BadRequest, service.StatusCode);

        var tables = SqliteInspector.Tables(platform.DatabaseFile);
        Assert.Contains("platform_users", tables);
        Assert.DoesNotContain(tables, t => t.Contains("cantine", StringComparison.Ordinal));
        Assert.Empty(platform.Services.GetRequiredService<LoadedPlugins>().All);
    }

    [Fact]
    public async Task With_cantine_its_tables_exist_under_its_prefix_with_their_own_history()
    {
        using var platform = new TestPlatform();
        await platform.AdminAsync();

        var tables = SqliteInspector.Tables(platform.DatabaseFile);

        Assert.Contains("cantine_restaurants", tables);
        Assert.Contains("__ef_history_cantine", tables);
        Assert.Contains("__ef_history_platform", tables);
        Assert.All(tables, t => Assert.Matches("^(platform_|cantine_|garderie_|sport_|wallet_|billing_|sepa_|__ef_history_|__EFMigrationsLock$)", t));
    }

    [Fact]
    public async Task Disabling_cantine_for_one_commune_hides_only_that_communes_cantine_services()
    {
        using var platform = new TestPlatform();
        var tenancy = await TenancySetup.CreateAsync(platform);
        var parent = await platform.RegisterParentAsync("deux.communes@example.fr");
        var child = await parent.AddChildAsync("Léa");
        await parent.RequestAccessAsync(tenancy.Beta, [child]);
        var admin = await platform.AdminAsync();
        var agentBeta = await platform.LoginAsync(TenancySetup.AgentBeta);
        Assert.Single((await agentBeta.GetFromJsonAsync<JsonArray>("/api/agent/access-requests"))!);

        var off = await admin.PutAsJsonAsync("/api/admin/communes/beta/modules/cantine", new { enabled = false });
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await platform.Anonymous().GetAsync("/beta/cantine")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await platform.Anonymous().GetAsync("/alpha/cantine")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await parent.Client.GetAsync("/api/communes/beta/cantine/services")).StatusCode);
        Assert.Single((await parent.Client.GetFromJsonAsync<JsonArray>("/api/communes/alpha/cantine/services"))!);
        var catalog = (await parent.Client.GetFromJsonAsync<JsonArray>("/api/services"))!;
        Assert.Equal(["alpha"], catalog.Select(c => c!["slug"]!.GetValue<string>()));
        Assert.Empty((await parent.Client.GetFromJsonAsync<JsonArray>($"/api/families/{parent.FamilyId}/access-requests"))!);
        Assert.Empty((await agentBeta.GetFromJsonAsync<JsonArray>("/api/agent/access-requests"))!);
        Assert.Equal(HttpStatusCode.BadRequest, (await parent.RequestAccessAsync(tenancy.Beta, [child])).StatusCode);

        await admin.PutAsJsonAsync("/api/admin/communes/beta/modules/cantine", new { enabled = true });
        Assert.Equal(HttpStatusCode.OK, (await platform.Anonymous().GetAsync("/beta/cantine")).StatusCode);
        Assert.Single((await agentBeta.GetFromJsonAsync<JsonArray>("/api/agent/access-requests"))!);
    }

    [Fact]
    public void Plugin_folders_hold_no_copy_of_an_assembly_the_host_loads()
    {
        var hostAssemblies = Directory.GetFiles(Paths.HostOutput, "*.dll").Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pluginFolders = Directory.GetFiles(Path.Combine(Paths.HostOutput, "plugins"), "plugin.json", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName).OfType<string>().ToList();

        Assert.Equal(10, pluginFolders.Count);
        Assert.Contains("Platform.Core.dll", hostAssemblies);
        foreach (var folder in pluginFolders)
        {
            var copies = Directory.GetFiles(folder, "*.dll", SearchOption.AllDirectories).Select(Path.GetFileName).Where(hostAssemblies.Contains);
            Assert.Empty(copies);
        }
    }

    [Fact]
    public async Task A_plugin_built_for_another_platform_api_major_is_refused_and_the_host_still_starts()
    {
        var folder = Path.Combine(Path.GetTempPath(), "platform-tests", "future-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.Combine(Paths.HostOutput, "plugins", "cantine")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var manifest = Path.Combine(folder, "plugin.json");
        File.WriteAllText(manifest, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(manifest), "\"platformApi\": \"[^\"]*\"", "\"platformApi\": \"2.0\""));
        var dll = Path.Combine(folder, "Platform.Modules.Cantine.dll").Replace("\\", "/", StringComparison.Ordinal);
        using var platform = new TestPlatform($$"""{ "modules": [ { "id": "cantine", "assembly": "{{dll}}", "version": "1.0.0" } ] }""");

        Assert.Equal(HttpStatusCode.OK, (await platform.Anonymous().GetAsync("/")).StatusCode);
        var modules = platform.Services.GetRequiredService<LoadedPlugins>();
        Assert.Empty(modules.All);
        Assert.Contains($"targets platform API 2.0, this host offers {Platform.Core.Modularity.PlatformApi.Version}", Assert.Single(modules.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_wallet_provider_without_the_wallet_module_is_refused_and_the_host_still_starts()
    {
        using var platform = new TestPlatform("""
            {
              "modules": [ { "id": "cantine", "assembly": "plugins/cantine/Platform.Modules.Cantine.dll", "version": "1.0.0" } ],
              "paymentProviders": [
                { "id": "wallet", "assembly": "plugins/providers/wallet/Platform.PaymentProviders.Wallet.dll", "version": "1.0.0" },
                { "id": "stripe", "assembly": "plugins/providers/stripe/Platform.PaymentProviders.Stripe.dll", "version": "1.0.0" }
              ],
              "defaults": { "modules": [ "cantine" ], "paymentProviders": [ "stripe" ] }
            }
            """);

        Assert.Equal(HttpStatusCode.OK, (await platform.Anonymous().GetAsync("/")).StatusCode);
        var plugins = platform.Services.GetRequiredService<LoadedPlugins>();
        Assert.Equal("it requires the module 'wallet', which is not loaded.", Assert.Single(plugins.Problems).Split(" refused: ")[1]);
        Assert.False(plugins.IsProviderLoaded("wallet"));
        Assert.True(plugins.IsProviderLoaded("stripe"));
    }

    [Fact]
    public void Plugins_json_enabling_a_module_it_does_not_load_is_a_startup_error()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """{ "modules": [], "communes": { "baneins": { "modules": [ "sport" ] } } }""");

        var error = Assert.Throws<InvalidOperationException>(() => PluginsFile.Read(file));

        Assert.Contains("commune 'baneins' enables 'sport', which is not loaded", error.Message, StringComparison.Ordinal);
    }
}
