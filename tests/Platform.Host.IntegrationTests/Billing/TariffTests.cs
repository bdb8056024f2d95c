using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Garderie;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Billing;

/// <summary>Prices by quotient familial and by the number of children booking, through the host: the family's
/// certificate validated by an agent, the price and its rule fixed on each line when booked, whatever changes later.</summary>
public sealed class TariffTests
{
    private static readonly object Brackets = new object[] { new { upTo = 600, percent = 50 }, new { upTo = 1000, percent = 75 }, new { percent = 100 } };

    [Fact]
    public async Task Quotient_brackets_and_siblings_price_each_line_and_a_later_change_leaves_booked_lines_as_they_were()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        var (lea, hugo, agent) = (world.Booking.Lea, world.Booking.Hugo, world.Booking.Agent);
        var rules = $"/api/agent/billing/services/{world.Service.Id}/tariff-rules";
        var set = await agent.PutAsJsonAsync(rules, new { brackets = Brackets, siblings = new[] { new { fromChildren = 2, percent = 10 } } });
        Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());

        // No validated quotient yet: the last bracket (100 %), Léa alone in June.
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Monday, world.Soir)], lea)).StatusCode);

        using var form = new MultipartFormDataContent
        {
            { new StringContent("CAF"), "organisation" }, { new StringContent("720"), "value" },
            { new ByteArrayContent(TestFiles.Pdf("Attestation CAF")), "certificate", "attestation.pdf" },
        };
        var declared = await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/billing/quotients", form);
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        var pending = (await agent.GetFromJsonAsync<JsonArray>("/api/agent/billing/quotients"))!.Single()!;
        var id = pending["quotient"]!.Id();
        Assert.Equal(TestFiles.Pdf("Attestation CAF"), await agent.GetByteArrayAsync($"/api/agent/billing/quotients/{id}/certificate"));
        var beta = await world.Booking.Platform.LoginAsync(TenancySetup.AgentBeta);
        Assert.Empty((await beta.GetFromJsonAsync<JsonArray>("/api/agent/billing/quotients"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/api/agent/billing/quotients/{id}/certificate")).StatusCode);
        var validation = $"/api/agent/billing/quotients/{id}/validation";
        Assert.Equal(HttpStatusCode.NotFound, (await beta.PostAsJsonAsync(validation, new { value = 100, validFrom = "2026-09-01", validTo = "2027-08-31" })).StatusCode);
        var backwards = await agent.PostAsJsonAsync(validation, new { value = 700, validFrom = "2027-08-31", validTo = "2026-09-01" });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("La fin de validité suit le début", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var validated = await agent.PostAsJsonAsync(validation, new { value = 700, validFrom = "2026-09-01", validTo = "2027-08-31" });
        Assert.True(validated.IsSuccessStatusCode, await validated.Content.ReadAsStringAsync());
        Assert.Contains("700 €, du 01/09/2026 au 31/08/2027", world.Booking.Platform.Mailbox.Last(world.Parent.Email).TextBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync(validation, new { value = 1, validFrom = "2026-09-01", validTo = "2027-08-31" })).StatusCode);

        // QF 700 € is in the 75 % bracket; Léa and Hugo both book in June: 10 % off each. By hand: 2,50 € × 75 % =
        // 1,875 → 1,88 €; × 90 % = 1,692 → 1,69 €.
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Tuesday, world.Soir)], lea, hugo)).StatusCode);

        // The tariff changes afterwards: what is booked keeps its price and rule.
        Assert.True((await agent.PutAsJsonAsync(rules, new { brackets = new object[] { new { percent = 120 } }, siblings = Array.Empty<object>() })).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Monday, world.Matin)], hugo)).StatusCode);

        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 7, 1, 6, 0, 0, TimeSpan.Zero));
        agent = world.Booking.Agent;
        var regie = (await agent.GetFromJsonAsync<JsonArray>("/api/agent/billing/regies"))!.Single()!.Id();
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsJsonAsync($"/api/agent/billing/regies/{regie}/runs", new { month = "2027-06" })).StatusCode);
        var account = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/billing/invoices");
        var invoice = account!["invoices"]!.AsArray().Single()!;
        var lines = (await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/billing/invoices/{invoice.Id()}"))!["lines"]!.AsArray()
            .Select(l => (l!["label"]!.GetValue<string>(), l["unitCents"]!.GetValue<long>())).ToList();

        // 2,50 (before the quotient) + 2 × 1,69 (quotient and siblings) + 1,50 × 120 % = 1,80 (the new rule) = 7,68 €.
        Assert.Equal(768, invoice["totalCents"]!.GetValue<long>());
        Assert.Contains(("Garderie – Soir 16:30-18:30 (quotient familial non justifié : 100 %)", 250L), lines);
        Assert.Equal(2, lines.Count(l => l == ("Garderie – Soir 16:30-18:30 (QF 700 € : 75 % ; 2 enfants inscrits : −10 %)", 169L)));
        Assert.Contains(("Garderie – Matin 07:30-08:30 (QF 700 € : 120 %)", 180L), lines);
    }

    [Fact]
    public async Task Rules_out_of_order_or_a_declaration_without_certificate_are_refused_in_french_and_write_nothing()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        var rules = $"/api/agent/billing/services/{world.Service.Id}/tariff-rules";
        var before = SqliteInspector.Snapshot(world.Booking.Platform);

        var unordered = await world.Booking.Agent.PutAsJsonAsync(rules, new { brackets = new object[] { new { upTo = 900, percent = 50 }, new { upTo = 600, percent = 75 }, new { percent = 100 } } });
        var capped = await world.Booking.Agent.PutAsJsonAsync(rules, new { brackets = new object[] { new { upTo = 900, percent = 50 } } });
        var siblings = await world.Booking.Agent.PutAsJsonAsync(rules, new { siblings = new[] { new { fromChildren = 1, percent = 150 } } });
        var beta = await world.Booking.Platform.LoginAsync(TenancySetup.AgentBeta);
        var otherCommune = await beta.PutAsJsonAsync(rules, new { brackets = Brackets });
        using var form = new MultipartFormDataContent { { new StringContent("CAF"), "organisation" }, { new StringContent("720"), "value" } };
        var noCertificate = await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/billing/quotients", form);
        using var fake = new MultipartFormDataContent
        {
            { new StringContent("CAF"), "organisation" }, { new StringContent("720"), "value" },
            { new ByteArrayContent("<html>"u8.ToArray()), "certificate", "attestation.pdf" },
        };
        var notAPdf = await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/billing/quotients", fake);

        Assert.Contains("du plus petit au plus grand", await unordered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("La dernière tranche n'a pas de plafond", await capped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("à partir de 2 à 10 enfants", await siblings.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherCommune.StatusCode);
        Assert.Contains("Joignez l'attestation", await noCertificate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("PDF, une photo JPEG ou PNG", await notAPdf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(new[] { unordered, capped, siblings, noCertificate, notAPdf }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(before, SqliteInspector.Snapshot(world.Booking.Platform));
    }
}
