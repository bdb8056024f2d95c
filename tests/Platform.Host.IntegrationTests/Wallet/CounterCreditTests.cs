using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Wallet;

/// <summary>A régie agent records a counter payment; the family sees it in its wallet and in the header.</summary>
public sealed class CounterCreditTests
{
    [Fact]
    public async Task An_agent_credits_a_wallet_once_per_receipt_and_the_family_sees_it()
    {
        using var platform = new TestPlatform();
        var tenancy = await TenancySetup.CreateAsync(platform);
        var parent = await platform.RegisterParentAsync("guichet@example.fr");
        await parent.RequestAccessAsync(tenancy.Alpha, [await parent.AddChildAsync("Léa")]);
        var agent = await platform.LoginAsync(TenancySetup.AgentAlpha);
        object Credit(string receipt, long cents) => new
        {
            familyId = parent.FamilyId, serviceId = tenancy.Alpha.Id, forServiceOnly = false, cents, receiptNumber = receipt, method = "Especes",
        };

        var credited = await agent.PostAsJsonAsync("/api/agent/wallet/credits", Credit("R-0042", 5000));
        Assert.Equal(HttpStatusCode.OK, credited.StatusCode);
        Assert.Equal(5000, (await credited.ReadObjectAsync())["totalCents"]!.GetValue<long>());

        var before = SqliteInspector.Snapshot(platform);
        var replayed = await agent.PostAsJsonAsync("/api/agent/wallet/credits", Credit("R-0042", 5000));
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Contains("déjà été enregistré", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var otherCommune = await (await platform.LoginAsync(TenancySetup.AgentBeta)).PostAsJsonAsync("/api/agent/wallet/credits", Credit("R-0043", 5000));
        Assert.Equal(HttpStatusCode.BadRequest, otherCommune.StatusCode);
        Assert.Contains("Choisissez un service de vos communes", await otherCommune.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var absurd = await agent.PostAsJsonAsync("/api/agent/wallet/credits", Credit("R-0044", 5_000_000));
        Assert.Equal(HttpStatusCode.BadRequest, absurd.StatusCode);
        var negative = await agent.PostAsJsonAsync("/api/agent/wallet/credits", Credit("R-0045", -5000));
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("Le montant est compris entre 0,01", System.Text.RegularExpressions.Regex.Unescape(await negative.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, SqliteInspector.Snapshot(platform));

        var wallet = await parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{parent.FamilyId}/wallet");
        Assert.Equal(5000, wallet!["totalCents"]!.GetValue<long>());
        Assert.Equal("Paiement au guichet (espèces), reçu n° R-0042", wallet["movements"]![0]!["reason"]!.GetValue<string>());

        var browser = await platform.BrowserLoginAsync(parent.Email);
        var page = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync("/famille"));
        Assert.Contains("Porte-monnaie : 50,00\u202F€", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_of_another_commune_cannot_credit_a_family_nor_see_its_name()
    {
        using var platform = new TestPlatform();
        var tenancy = await TenancySetup.CreateAsync(platform);
        var parent = await platform.RegisterParentAsync("seulement.alpha@example.fr");
        await parent.RequestAccessAsync(tenancy.Alpha, [await parent.AddChildAsync("Léa")]);
        var agentBeta = await platform.LoginAsync(TenancySetup.AgentBeta);
        var pagesBeta = await platform.BrowserLoginAsync(TenancySetup.AgentBeta);
        var before = SqliteInspector.Snapshot(platform);

        var api = await agentBeta.PostAsJsonAsync("/api/agent/wallet/credits", new
        {
            familyId = parent.FamilyId, serviceId = tenancy.Beta.Id, forServiceOnly = false, cents = 5000, receiptNumber = "R-B1", method = "Especes",
        });
        var unknown = await agentBeta.PostAsJsonAsync("/api/agent/wallet/credits", new
        {
            familyId = Guid.NewGuid(), serviceId = tenancy.Beta.Id, forServiceOnly = false, cents = 5000, receiptNumber = "R-B2", method = "Especes",
        });
        var pageUrl = $"/agent/porte-monnaie/crediter?famille={parent.FamilyId}&service={tenancy.Beta.Id}";
        var page = await pagesBeta.GetAsync(pageUrl);
        var token = await PageDriver.TokenAsync(pagesBeta, "/agent/demandes");
        var posted = await pagesBeta.PostAsync(pageUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["famille"] = parent.FamilyId.ToString(), ["service"] = tenancy.Beta.Id.ToString(), ["Amount"] = "50", ["Method"] = "Especes",
            ["ReceiptNumber"] = "R-B3", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((await unknown.ReadObjectAsync())["detail"]!.GetValue<string>(), (await api.ReadObjectAsync())["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        foreach (var response in new[] { api, page, posted })
        {
            Assert.DoesNotContain("Famille Martin", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(before, SqliteInspector.Snapshot(platform));
        var pagesAlpha = await platform.BrowserLoginAsync(TenancySetup.AgentAlpha);
        Assert.Equal(HttpStatusCode.OK, (await pagesAlpha.GetAsync($"/agent/porte-monnaie/crediter?famille={parent.FamilyId}&service={tenancy.Alpha.Id}")).StatusCode);
    }

    [Fact]
    public async Task An_amount_beyond_any_number_on_the_counter_page_is_a_field_error_and_credits_nothing()
    {
        using var platform = new TestPlatform();
        var tenancy = await TenancySetup.CreateAsync(platform);
        var parent = await platform.RegisterParentAsync("guichet.enorme@example.fr");
        await parent.RequestAccessAsync(tenancy.Alpha, [await parent.AddChildAsync("Léa")]);
        var agent = await platform.BrowserLoginAsync(TenancySetup.AgentAlpha);
        var url = $"/agent/porte-monnaie/crediter?famille={parent.FamilyId}&service={tenancy.Alpha.Id}";
        var before = SqliteInspector.Snapshot(platform);

        var huge = await agent.PostFormAsync(url, new()
        {
            ["famille"] = parent.FamilyId.ToString(), ["service"] = tenancy.Alpha.Id.ToString(), ["Amount"] = "99999999999999999999",
            ["Method"] = "Especes", ["ReceiptNumber"] = "R-9",
        });

        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        var page = System.Net.WebUtility.HtmlDecode(await huge.Content.ReadAsStringAsync());
        Assert.Matches("class=\"field-error[^\"]*\"[^>]*>Le montant est compris entre 0,01 € et 1 000 €, en euros", page);
        Assert.DoesNotContain("centimes", page, StringComparison.Ordinal);
        Assert.Equal(before, SqliteInspector.Snapshot(platform));
    }
}
