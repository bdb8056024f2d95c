using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Payments;

/// <summary>A régie that does not take the wallet at checkout (Alpha's cantine paid by a redirect channel that cannot
/// refund, like PayFiP): no money ever becomes wallet credit there, since the family could never spend it; a
/// cancellation becomes a credit on the family's next invoice of the régie when the commune invoices, and is left to
/// the régie otherwise.</summary>
public sealed class RegieWithoutWalletTests
{
    [Fact]
    public async Task A_cancellation_becomes_a_credit_on_the_next_invoice_never_wallet_credit_and_no_top_up_is_sold()
    {
        await using var world = await WorldWithoutWalletAsync();
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);
        var started = await (await world.PayAsync(order.Id(), "test-redirect")).ReadObjectAsync();
        await RedirectPaymentTests.Notify(world, $"session-{started.Id("paymentId"):N}", "paid", "evt-paid");
        var booking = (await world.BookingsAsync())[0]!;

        var cancelled = await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/cantine/bookings/{booking.Id()}/cancel", null);
        var again = await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/cantine/bookings/{booking.Id()}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(380, await cancelled.Content.ReadFromJsonAsync<long>());
        Assert.NotEqual(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Cancelled", (await world.BookingsAsync())[0]!["state"]!.GetValue<string>());
        var account = (await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/billing/invoices"))!;
        Assert.Equal(380, account["creditsByRegie"]![world.RegieId.ToString()]!.GetValue<long>());
        Assert.Equal(0, await world.WalletAsync());

        var admin = await world.Platform.AdminAsync();
        (await admin.PutAsJsonAsync("/api/admin/communes/alpha/modules/billing", new { enabled = false })).EnsureSuccessStatusCode();
        var second = await world.OrderAsync([new DateOnly(2027, 6, 8)], world.Lea);
        var paid = await (await world.PayAsync(second.Id(), "test-redirect")).ReadObjectAsync();
        await RedirectPaymentTests.Notify(world, $"session-{paid.Id("paymentId"):N}", "paid", "evt-paid-2");
        var kept = (await world.BookingsAsync()).Single(b => b!["state"]!.GetValue<string>() == "Confirmed")!;
        var refused = await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/cantine/bookings/{kept.Id()}/cancel", null);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("adressez-vous à la régie", System.Text.RegularExpressions.Regex.Unescape(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var topUps = (await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/wallet/top-ups"))!;
        Assert.Empty(topUps["regies"]!.AsArray());
        var placed = await world.Parent.Client.PostAsJsonAsync($"/api/families/{world.Parent.FamilyId}/wallet/top-ups", new { regieId = world.RegieId, cents = 1000 });
        Assert.Equal(HttpStatusCode.BadRequest, placed.StatusCode);
        var counter = await world.Agent.PostAsJsonAsync("/api/agent/wallet/credits", new
        {
            familyId = world.Parent.FamilyId, serviceId = world.Tenancy.Alpha.Id, forServiceOnly = false, cents = 5000, receiptNumber = "R-1", method = "Especes",
        });
        Assert.Equal(HttpStatusCode.BadRequest, counter.StatusCode);
        Assert.Contains("n'accepte pas le porte-monnaie", System.Text.RegularExpressions.Regex.Unescape(await counter.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await world.WalletAsync());
    }

    [Fact]
    public async Task A_payment_confirmed_after_expiry_is_left_for_the_regie_to_give_back_and_the_agents_are_told()
    {
        await using var world = await WorldWithoutWalletAsync();
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);
        var started = await (await world.PayAsync(order.Id(), "test-redirect")).ReadObjectAsync();
        await world.MoveClockAsync(world.Clock.Now.AddMinutes(61));
        await world.RunOrderJobsAsync();

        await RedirectPaymentTests.Notify(world, $"session-{started.Id("paymentId"):N}", "paid", "evt-late");

        Assert.Equal(0, await world.WalletAsync());
        var alert = Assert.Single(world.Platform.Mailbox.To(TenancySetup.AgentAlpha), m => m.Subject!.StartsWith("Paiement tardif", StringComparison.Ordinal));
        Assert.Contains("à rendre par la régie", alert.TextBody, StringComparison.Ordinal);
    }

    private static async Task<BookingWorld> WorldWithoutWalletAsync()
    {
        var world = await RedirectPaymentTests.WorldAsync();
        var admin = await world.Platform.AdminAsync();
        (await admin.PutAsJsonAsync("/api/admin/communes/alpha/payment-providers/wallet", new { enabled = false })).EnsureSuccessStatusCode();
        return world;
    }
}
