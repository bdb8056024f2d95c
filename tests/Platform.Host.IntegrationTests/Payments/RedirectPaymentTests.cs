using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Support;
using Platform.PaymentProviders.Abstractions;
using Xunit;

namespace Platform.Host.IntegrationTests.Payments;

/// <summary>The payment contract with an asynchronous redirect provider: pending → notification → succeeded, failed
/// or expired; a replayed notification changes nothing; a success after expiry is a flagged late payment.</summary>
public sealed class RedirectPaymentTests
{
    [Fact]
    public async Task A_redirect_payment_is_pending_until_its_notification_then_the_order_is_paid_once()
    {
        await using var world = await WorldAsync();
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);

        var started = await (await world.PayAsync(order.Id(), "test-redirect")).ReadObjectAsync();
        Assert.Equal("Pending", started["state"]!.GetValue<string>());
        Assert.StartsWith("https://paiement.test/session/", started["redirectUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        var reference = $"session-{started.Id("paymentId"):N}";

        for (var replay = 0; replay < 10; replay++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Notify(world, reference, "paid", "evt-1")).StatusCode);
        }

        Assert.Equal("Paid", (await Order(world, order.Id()))["state"]!.GetValue<string>());
        Assert.Single(world.Platform.Mailbox.To(world.Parent.Email), m => m.Subject!.StartsWith("Réservation confirmée", StringComparison.Ordinal));
        Assert.Equal("Confirmed", (await world.BookingsAsync())[0]!["state"]!.GetValue<string>());
        Assert.Equal(1, SqliteInspector.Snapshot(world.Platform)["platform_payment_events"]);
    }

    [Fact]
    public async Task A_refused_payment_leaves_the_order_payable_and_a_tampered_amount_changes_nothing()
    {
        await using var world = await WorldAsync();
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);
        var first = await (await world.PayAsync(order.Id(), "test-redirect")).ReadObjectAsync();

        await Notify(world, $"session-{first.Id("paymentId"):N}", "refused", "evt-refused");
        Assert.Equal("PendingPayment", (await Order(world, order.Id()))["state"]!.GetValue<string>());

        var second = await (await world.PayAsync(order.Id(), "test-redirect")).ReadObjectAsync();
        await Notify(world, $"session-{second.Id("paymentId"):N}", "paid", "evt-tampered", amount: 1);
        Assert.Equal("PendingPayment", (await Order(world, order.Id()))["state"]!.GetValue<string>());
        await Notify(world, $"session-{second.Id("paymentId"):N}", "paid", "evt-good", amount: 380);
        Assert.Equal("Paid", (await Order(world, order.Id()))["state"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await Notify(world, "session-unknown", "paid", "evt-x")).StatusCode);
    }

    [Fact]
    public async Task A_success_after_the_order_expired_goes_to_the_wallet_once_and_alerts_the_agents_never_a_silent_booking()
    {
        await using var world = await WorldAsync();
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);
        var started = await (await world.PayAsync(order.Id(), "test-redirect")).ReadObjectAsync();
        await world.MoveClockAsync(world.Clock.Now.AddMinutes(61));
        await world.RunOrderJobsAsync();

        await Notify(world, $"session-{started.Id("paymentId"):N}", "paid", "evt-late");

        Assert.Equal("Expired", (await Order(world, order.Id()))["state"]!.GetValue<string>());
        Assert.Empty(await world.BookingsAsync());
        using var scope = world.Platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.Host.Data.PlatformDbContext>();
        var payment = db.Payments.Single(p => p.Id == started.Id("paymentId"));
        Assert.Equal(PaymentState.Succeeded, payment.State);
        Assert.True(payment.LateSuccess);
        Assert.Equal(380, await world.WalletAsync());
        Assert.Single(world.Platform.Mailbox.To(world.Parent.Email), m => m.Subject!.StartsWith("Paiement reçu après l'annulation", StringComparison.Ordinal));
        Assert.Single(world.Platform.Mailbox.To(TenancySetup.AgentAlpha), m => m.Subject!.StartsWith("Paiement tardif", StringComparison.Ordinal));

        await Notify(world, $"session-{started.Id("paymentId"):N}", "paid", "evt-late-again");
        await world.RunOrderJobsAsync();
        Assert.Equal(380, await world.WalletAsync());
    }

    [Fact]
    public async Task A_payer_back_without_paying_chooses_again_and_the_first_attempt_paid_later_goes_back_to_the_wallet()
    {
        await using var world = await WorldAsync();
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);
        var left = await (await world.PayAsync(order.Id(), "test-redirect")).ReadObjectAsync();

        var again = await world.PayAsync(order.Id(), "test-redirect");
        Assert.True(again.IsSuccessStatusCode, await again.Content.ReadAsStringAsync());
        var second = await again.ReadObjectAsync();
        await Notify(world, $"session-{second.Id("paymentId"):N}", "paid", "evt-second");
        await Notify(world, $"session-{left.Id("paymentId"):N}", "paid", "evt-left-then-paid");

        Assert.Equal("Paid", (await Order(world, order.Id()))["state"]!.GetValue<string>());
        Assert.Single(await world.BookingsAsync());
        Assert.Equal(380, await world.WalletAsync());
    }

    [Fact]
    public async Task A_second_payment_of_a_paid_order_goes_back_to_the_wallet()
    {
        await using var world = await WorldAsync();
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);
        var abandoned = await (await world.PayAsync(order.Id(), "test-redirect")).ReadObjectAsync();
        await Notify(world, $"session-{abandoned.Id("paymentId"):N}", "abandoned", "evt-abandoned");
        var second = await (await world.PayAsync(order.Id(), "test-redirect")).ReadObjectAsync();
        await Notify(world, $"session-{second.Id("paymentId"):N}", "paid", "evt-second");

        await Notify(world, $"session-{abandoned.Id("paymentId"):N}", "paid", "evt-first-after-all");
        await world.RunOrderJobsAsync();

        Assert.Equal("Paid", (await Order(world, order.Id()))["state"]!.GetValue<string>());
        Assert.Single(await world.BookingsAsync());
        Assert.Equal(380, await world.WalletAsync());
        Assert.Single(world.Platform.Mailbox.To(world.Parent.Email), m => m.Subject!.StartsWith("Paiement reçu en double", StringComparison.Ordinal));
    }

    internal static async Task<BookingWorld> WorldAsync()
    {
        var world = await BookingWorld.CreateAsync(services => services.AddScoped<IPaymentProvider, RedirectTestProvider>());
        var admin = await world.Platform.AdminAsync();
        var enabled = await admin.PutAsJsonAsync("/api/admin/communes/alpha/payment-providers/test-redirect", new { enabled = true });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        return world;
    }

    internal static Task<HttpResponseMessage> Notify(BookingWorld world, string reference, string status, string eventId, long? amount = null)
    {
        var fields = new Dictionary<string, string> { ["reference"] = reference, ["status"] = status, ["event"] = eventId };
        if (amount is not null)
        {
            fields["amount"] = amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return world.Platform.Anonymous().PostAsync($"/payments/callback/test-redirect/{world.RegieId}", new FormUrlEncodedContent(fields));
    }

    internal static async Task<JsonObject> Order(BookingWorld world, Guid orderId) =>
        (await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/orders/{orderId}"))!;
}
