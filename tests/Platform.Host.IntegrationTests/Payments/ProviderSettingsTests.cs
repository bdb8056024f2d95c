using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Support;
using Platform.Host.Plugins;
using Xunit;

namespace Platform.Host.IntegrationTests.Payments;

/// <summary>Each régie's provider settings: checked against the provider's schema, stored encrypted, secrets never
/// sent back; without settings the demo's simulation is used, and never in Production.</summary>
public sealed class ProviderSettingsTests
{
    private const string SecretKey = "sk_test_51RegieBaneinsSecret";

    [Fact]
    public async Task Settings_are_checked_stored_encrypted_and_secrets_never_come_back()
    {
        await using var world = await BookingWorld.CreateAsync();
        var admin = await world.Platform.AdminAsync();
        var url = $"/api/admin/regies/{world.RegieId}/payment-providers/stripe/settings";

        var before = await admin.GetFromJsonAsync<JsonObject>(url);
        Assert.Equal("simulation", before!["source"]!.GetValue<string>());

        var bad = await admin.PutAsJsonAsync(url, new { values = new { secretKey = "pk_live_wrong", webhookSecret = "" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problems = System.Text.RegularExpressions.Regex.Unescape(await bad.Content.ReadAsStringAsync());
        Assert.Contains("n'a pas le bon format", problems, StringComparison.Ordinal);
        Assert.Contains("est obligatoire", problems, StringComparison.Ordinal);

        var saved = await admin.PutAsJsonAsync(url, new { values = new { secretKey = SecretKey, webhookSecret = "whsec_regieBaneins" } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var view = await saved.ReadObjectAsync();
        Assert.Equal("régie", view["source"]!.GetValue<string>());
        Assert.DoesNotContain(SecretKey, view.ToJsonString(), StringComparison.Ordinal);
        Assert.True(view["fields"]!.AsArray().Single(f => f!["key"]!.GetValue<string>() == "secretKey")!["isSet"]!.GetValue<bool>());

        var keptSecret = await admin.PutAsJsonAsync(url, new { values = new { apiBase = "https://api.stripe.com" } });
        Assert.Equal(HttpStatusCode.OK, keptSecret.StatusCode);
        Assert.Equal("https://api.stripe.com", (await keptSecret.ReadObjectAsync())["fields"]!.AsArray().Single(f => f!["key"]!.GetValue<string>() == "apiBase")!["value"]!.GetValue<string>());

        Assert.DoesNotContain(SecretKey, StoredValues(world.Platform.DatabaseFile), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/admin/regies/{world.RegieId}/payment-providers/inconnu/settings")).StatusCode);
    }

    [Fact]
    public async Task Sepa_settings_are_refused_when_the_creditor_identifier_checksum_is_wrong()
    {
        await using var world = await BookingWorld.CreateAsync();
        var admin = await world.Platform.AdminAsync();
        var url = $"/api/admin/regies/{world.RegieId}/payment-providers/sepa/settings";

        var wrong = await admin.PutAsJsonAsync(url, new { values = new { creditorName = "Régie Alpha", ics = "FR12ZZZ123456", creditorIban = "FR7630006000011234567890189" } });
        var right = await admin.PutAsJsonAsync(url, new { values = new { creditorName = "Régie Alpha", ics = "FR72ZZZ123456", creditorIban = "FR7630006000011234567890189" } });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task The_administrators_page_generates_the_form_from_the_schema_and_never_shows_a_secret()
    {
        await using var world = await BookingWorld.CreateAsync();
        var browser = await world.Platform.BrowserLoginAsync(TestPlatform.AdminEmail);
        var page = $"/admin/paiements/{world.RegieId}/stripe";

        var overview = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/paiements"));
        Assert.Contains("Simulation (démo)", overview, StringComparison.Ordinal);
        var wrong = await browser.PostFormAsync(page, new() { ["Values[secretKey]"] = "pk_live_wrong", ["Values[webhookSecret]"] = "whsec_ok" });
        var right = await browser.PostFormAsync(page, new() { ["Values[secretKey]"] = SecretKey, ["Values[webhookSecret]"] = "whsec_ok" });
        var form = await browser.GetStringAsync(page);

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("n'a pas le bon format", System.Net.WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("Déjà enregistrée : laissez vide pour la garder.", System.Net.WebUtility.HtmlDecode(form), StringComparison.Ordinal);
        Assert.DoesNotContain(SecretKey, form, StringComparison.Ordinal);
        Assert.Contains("Réglé", System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/paiements")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sandboxes_never_load_in_production()
    {
        var file = PluginsFile.Read(Path.Combine(Paths.HostOutput, "plugins.json"));

        var production = PluginCatalog.Load(file, Paths.HostOutput, isProduction: true);
        var development = PluginCatalog.Load(file, Paths.HostOutput, isProduction: false);

        Assert.Empty(production.Sandboxes);
        Assert.Contains(production.Problems, p => p.Contains("never loads in the Production environment", StringComparison.Ordinal));
        Assert.Single(development.Sandboxes);
        Assert.Empty(development.Problems);
    }

    private static string StoredValues(string databaseFile)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(\"ProtectedValues\") FROM \"platform_regie_provider_settings\"";
        return command.ExecuteScalar() as string ?? "";
    }
}
