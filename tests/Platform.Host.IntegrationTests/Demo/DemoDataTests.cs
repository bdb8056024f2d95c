using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Demo;

/// <summary>What `dotnet run --project Host` shows a newcomer: the demo described in Demo/demo.json, and each module's
/// part of it.</summary>
public sealed class DemoDataTests
{
    private const string DemoPassword = "Demo-Portail-2026!";

    [Fact]
    public async Task The_demo_parent_can_book_at_once_and_sees_what_the_modules_and_providers_contribute()
    {
        using var platform = new TestPlatform(settings: new Dictionary<string, string> { ["Demo:Enabled"] = "true" });
        var parent = await platform.LoginAsync("parent@demo.portail-famille.fr", DemoPassword);

        var requests = await parent.GetFromJsonAsync<JsonArray>($"/api/families/{(await parent.GetFromJsonAsync<JsonArray>("/api/families"))![0]!["id"]}/access-requests");
        Assert.Equal(["Garderie périscolaire de Baneins (facturée au mois)", "Mercredis sportifs de la Dombes", "Restaurant scolaire de Châtillon", "Service cantine – Baneins"], requests!.Select(r => r!["serviceName"]!.GetValue<string>()).Order());
        Assert.All(requests!, r => Assert.Equal("Validated", r!["status"]!.GetValue<string>()));

        var browser = await platform.BrowserLoginAsync("parent@demo.portail-famille.fr", DemoPassword);
        var services = WebUtility.HtmlDecode(await browser.GetStringAsync("/services"));
        Assert.Equal(2, services.Split("Réserver des repas").Length - 1);
        Assert.Equal(1, services.Split("Réserver la garderie").Length - 1);
        Assert.Equal(1, services.Split("Réserver des séances").Length - 1);
        var menu = WebUtility.HtmlDecode(await browser.GetStringAsync("/famille"));
        Assert.Contains(">Mes réservations<", menu, StringComparison.Ordinal);
        Assert.Contains(">Porte-monnaie : ", menu, StringComparison.Ordinal);
        Assert.Contains(">Prélèvement<", menu, StringComparison.Ordinal); // Baneins collects invoices by direct debit

        var agent = await platform.LoginAsync("agent@demo.portail-famille.fr", DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/agent/access-requests")).StatusCode);
    }
}
