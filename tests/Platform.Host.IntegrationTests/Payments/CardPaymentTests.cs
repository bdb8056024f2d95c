using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Modularity;
using Platform.Host.Data;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Support;
using Platform.PaymentProviders.Abstractions;
using Xunit;

namespace Platform.Host.IntegrationTests.Payments;

/// <summary>The card channel end to end on a socket: Stripe.net calls the Stripe simulation the platform serves, the
/// simulation signs and posts its webhook back, and a meal cancelled in time goes back as the commune's rule says.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CardPaymentTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_meal_paid_by_card_and_cancelled_in_time_goes_back_where_the_commune_says(bool refundsToWallet)
    {
        await using var world = await BookingWorld.CreateAsync(onSocket: true);
        var admin = await world.Platform.AdminAsync();
        (await admin.PutAsJsonAsync("/api/admin/communes/alpha/refund-rule", new { refundsToWallet })).EnsureSuccessStatusCode();
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);

        var started = await (await world.PayAsync(order.Id(), "stripe")).ReadObjectAsync();
        using var payer = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var answer = await payer.PostAsync(started["redirectUrl"]!.GetValue<string>(), new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "pay" }));

        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        Assert.Equal("Paid", (await RedirectPaymentTests.Order(world, order.Id()))["state"]!.GetValue<string>());
        var booking = (await world.BookingsAsync())[0]!;
        Assert.Equal("Confirmed", booking["state"]!.GetValue<string>());

        var cancelled = await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/cantine/bookings/{booking.Id()}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        using var scope = world.Platform.Services.CreateScope();
        var payment = scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Payments.Single(p => p.Id == started.Id("paymentId"));
        Assert.Equal(refundsToWallet ? 380 : 0, await world.WalletAsync());
        Assert.Equal(refundsToWallet ? PaymentState.Succeeded : PaymentState.Refunded, payment.State);
        Assert.Equal(refundsToWallet ? 0 : 380, payment.RefundedCents);
    }

    [Fact]
    public async Task A_card_payment_whose_webhook_is_lost_is_settled_by_the_reconciliation_job()
    {
        await using var world = await BookingWorld.CreateAsync(onSocket: true);
        var admin = await world.Platform.AdminAsync();
        var simulation = $"{world.Platform.ClientOptions.BaseAddress.AbsoluteUri.TrimEnd('/')}/sandbox/stripe";
        var accountKey = world.Platform.Services.GetRequiredService<IPaymentSandbox>().SettingsFor("stripe", world.RegieId, new Uri(simulation))!["secretKey"];
        (await admin.PutAsJsonAsync($"/api/admin/regies/{world.RegieId}/payment-providers/stripe/settings", new
        {
            values = new { secretKey = accountKey, webhookSecret = "whsec_not_the_accounts_secret", apiBase = simulation },
        })).EnsureSuccessStatusCode();
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);
        var started = await (await world.PayAsync(order.Id(), "stripe")).ReadObjectAsync();
        using var payer = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        await payer.PostAsync(started["redirectUrl"]!.GetValue<string>(), new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "pay" }));

        Assert.Equal("PendingPayment", (await RedirectPaymentTests.Order(world, order.Id()))["state"]!.GetValue<string>());
        await world.RunOrderJobsAsync();
        Assert.Equal("PendingPayment", (await RedirectPaymentTests.Order(world, order.Id()))["state"]!.GetValue<string>());

        await world.MoveClockAsync(world.Clock.Now.AddMinutes(6));
        await world.RunOrderJobsAsync();

        Assert.Equal("Paid", (await RedirectPaymentTests.Order(world, order.Id()))["state"]!.GetValue<string>());
        Assert.Equal("Confirmed", (await world.BookingsAsync())[0]!["state"]!.GetValue<string>());
    }
}
