using System.Net;
using System.Net.Http.Json;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Payments;

/// <summary>Topping up the wallet: an order of its own, paid by a card channel (never from the wallet), credited once.</summary>
public sealed class WalletTopUpTests
{
    [Fact]
    public async Task A_top_up_is_paid_by_card_never_from_the_wallet_and_credited_once()
    {
        await using var world = await RedirectPaymentTests.WorldAsync();
        await world.CreditAsync(1000);

        var options = (await world.Parent.Client.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/families/{world.Parent.FamilyId}/wallet/top-ups"))!;
        Assert.Equal([100, 500, 1000, 2500, 5000], options["packCents"]!.AsArray().Select(p => p!.GetValue<long>()));
        var regie = Assert.Single(options["regies"]!.AsArray())!.Id("regieId");
        Assert.Equal(world.RegieId, regie);

        var placed = await world.Parent.Client.PostAsJsonAsync($"/api/families/{world.Parent.FamilyId}/wallet/top-ups", new { regieId = regie, cents = 2500 });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var orderId = (await placed.ReadObjectAsync()).Id("orderId");
        var order = await RedirectPaymentTests.Order(world, orderId);
        Assert.Equal("WalletTopUp", order["kind"]!.GetValue<string>());
        var channels = order["channels"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain("wallet", channels);
        Assert.Contains("test-redirect", channels);
        Assert.Equal(HttpStatusCode.BadRequest, (await world.PayAsync(orderId, "wallet")).StatusCode);

        var started = await (await world.PayAsync(orderId, "test-redirect")).ReadObjectAsync();
        for (var replay = 0; replay < 3; replay++)
        {
            await RedirectPaymentTests.Notify(world, $"session-{started.Id("paymentId"):N}", "paid", "evt-topup");
        }

        await world.RunOrderJobsAsync();
        Assert.Equal("Paid", (await RedirectPaymentTests.Order(world, orderId))["state"]!.GetValue<string>());
        Assert.Equal(3500, await world.WalletAsync());
    }

    [Theory]
    [InlineData(50)]
    [InlineData(20001)]
    public async Task An_amount_outside_the_bounds_is_refused_in_french_and_nothing_is_ordered(long cents)
    {
        await using var world = await RedirectPaymentTests.WorldAsync();

        var placed = await world.Parent.Client.PostAsJsonAsync($"/api/families/{world.Parent.FamilyId}/wallet/top-ups", new { cents });

        Assert.Equal(HttpStatusCode.BadRequest, placed.StatusCode);
        Assert.Contains("compris entre 1,00", System.Text.RegularExpressions.Regex.Unescape(await placed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty((await world.Parent.Client.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/families/{world.Parent.FamilyId}/orders"))!);
    }

    [Fact]
    public async Task The_page_works_without_javascript_and_explains_a_wrong_amount()
    {
        await using var world = await RedirectPaymentTests.WorldAsync();
        var browser = await world.Platform.BrowserLoginAsync(world.Parent.Email);

        var wrong = await browser.PostFormAsync("/porte-monnaie/recharger", new() { ["Pack"] = "autre", ["Montant"] = "douze" });
        var pack = await browser.PostFormAsync("/porte-monnaie/recharger", new() { ["Pack"] = "1000" });

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var wrongPage = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("Saisissez un montant en euros", wrongPage, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", wrongPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, pack.StatusCode);
        var orderPage = await browser.GetStringAsync(pack.Headers.Location!.ToString());
        Assert.Contains("Recharge du porte-monnaie", orderPage, StringComparison.Ordinal);
        Assert.DoesNotContain("avec : Porte-monnaie", orderPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_amount_beyond_any_number_on_the_page_is_a_field_error_and_orders_nothing()
    {
        await using var world = await RedirectPaymentTests.WorldAsync();
        var browser = await world.Platform.BrowserLoginAsync(world.Parent.Email);
        var before = SqliteInspector.Snapshot(world.Platform);

        var huge = await browser.PostFormAsync("/porte-monnaie/recharger", new() { ["Pack"] = "autre", ["Montant"] = "99999999999999999999" });

        Assert.Equal(HttpStatusCode.OK, huge.StatusCode);
        var page = await huge.Content.ReadAsStringAsync();
        Assert.Contains("<span id=\"Montant-erreur\" class=\"field-error\">", page, StringComparison.Ordinal);
        Assert.Contains("Saisissez un montant en euros", page, StringComparison.Ordinal);
        Assert.Equal(before, SqliteInspector.Snapshot(world.Platform));
    }
}
