using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
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

    [Fact]
    public async Task The_demo_months_are_invoiced_and_the_last_ones_sepa_and_pes_files_match_its_invoices()
    {
        var clock = new SettableClock(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        using var platform = new TestPlatform(settings: new Dictionary<string, string> { ["Demo:Enabled"] = "true" }, clock: clock);
        var parent = await platform.LoginAsync("parent@demo.portail-famille.fr", DemoPassword);
        var familyId = (await parent.GetFromJsonAsync<JsonArray>("/api/families"))![0]!["id"]!.GetValue<Guid>();

        var account = await parent.GetFromJsonAsync<JsonObject>($"/api/families/{familyId}/billing/invoices");
        var invoices = account!["invoices"]!.AsArray();
        Assert.Equal(["InDirectDebit", "Unpaid", "Paid"], invoices.Select(i => i!["status"]!.GetValue<string>()));
        var november = invoices[0]!;
        Assert.Equal(invoices.Sum(i => i!["dueCents"]!.GetValue<long>()), account["dueCents"]!.GetValue<long>());

        var api = await platform.AdminAsync();
        var regie = (await api.GetFromJsonAsync<JsonArray>("/api/agent/billing/regies"))!.Single(r => r!["name"]!.GetValue<string>() == "Régie scolaire de Baneins")!.Id();
        var admin = await platform.BrowserLoginAsync(TestPlatform.AdminEmail);
        var sepa = await admin.PostFormAsync($"/agent/prelevements?handler=Fichier&regie={regie}", new(), "/agent/prelevements");
        var debits = XDocument.Parse(await sepa.Content.ReadAsStringAsync());
        XNamespace pain = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";
        Assert.Equal("1", debits.Descendants(pain + "NbOfTxs").First().Value);
        Assert.Equal(Amount(november["dueCents"]!.GetValue<long>()), debits.Descendants(pain + "CtrlSum").First().Value);
        Billing.SepaXsd.AssertValid(await sepa.Content.ReadAsStringAsync(), "pain.008.001.08");

        var pes = await api.GetAsync($"/api/agent/billing/regies/{regie}/pes?month=2026-11");
        Assert.Equal(HttpStatusCode.OK, pes.StatusCode);
        var file = XDocument.Load(await pes.Content.ReadAsStreamAsync());
        var block = file.Descendants("BlocBordereau").Single();
        Assert.Equal("1", block.Element("NbrPce")!.Attribute("V")!.Value);
        Assert.Equal(Amount(november["totalCents"]!.GetValue<long>()), block.Element("MtBordHt")!.Attribute("V")!.Value);
        Assert.Equal(november["number"]!.GetValue<string>(), file.Descendants("NumeroFacture").Single().Attribute("V")!.Value);
        Assert.Empty(file.Descendants("InfoPrelevementSEPA")); // Baneins debits it itself: the Trésor must not debit it again
        var again = XDocument.Load(await (await api.GetAsync($"/api/agent/billing/regies/{regie}/pes?month=2026-11")).Content.ReadAsStreamAsync());
        var october = XDocument.Load(await (await api.GetAsync($"/api/agent/billing/regies/{regie}/pes?month=2026-10")).Content.ReadAsStreamAsync());
        Assert.Equal("1", again.Descendants("IdBord").Single().Attribute("V")!.Value);
        Assert.Equal("2", october.Descendants("IdBord").Single().Attribute("V")!.Value);
    }

    private static string Amount(long cents) => (cents / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
