using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Data;
using Platform.Host.IntegrationTests.Payments;
using Platform.Host.IntegrationTests.Support;
using Platform.PaymentProviders.Abstractions;
using Xunit;

namespace Platform.Host.IntegrationTests.Cantine;

/// <summary>What the order job repairs, and what a refused hold gives back.</summary>
public sealed class RecoveryTests
{
    [Fact]
    public async Task A_day_closed_between_cart_and_checkout_cancels_the_order_and_gives_the_lines_back()
    {
        await using var world = await BookingWorld.CreateAsync();
        Assert.Equal(HttpStatusCode.OK, (await world.AddToCartAsync([new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 8)], world.Lea)).StatusCode);
        var admin = await world.Platform.AdminAsync();
        await admin.PostAsJsonAsync($"/api/admin/cantine/services/{world.Tenancy.Alpha.Id}/closures", new { from = "2027-06-08", reason = "Sortie scolaire" });

        var checkout = await world.CheckoutAsync();

        Assert.Equal(HttpStatusCode.BadRequest, checkout.StatusCode);
        Assert.Contains("fermé (Sortie scolaire)", System.Text.RegularExpressions.Regex.Unescape(await checkout.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var cart = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/cart");
        Assert.Equal(2, cart!["groups"]![0]!["lines"]!.AsArray().Count);
        var orders = await world.Parent.Client.GetFromJsonAsync<JsonArray>($"/api/families/{world.Parent.FamilyId}/orders");
        Assert.Equal("Cancelled", Assert.Single(orders!)!["state"]!.GetValue<string>());
        Assert.Empty(await world.BookingsAsync());
    }

    [Fact]
    public async Task A_succeeded_payment_whose_order_was_not_settled_is_settled_by_the_order_job()
    {
        await using var world = await BookingWorld.CreateAsync(services => services.AddScoped<IPaymentProvider, RedirectTestProvider>());
        var admin = await world.Platform.AdminAsync();
        await admin.PutAsJsonAsync("/api/admin/communes/alpha/payment-providers/test-redirect", new { enabled = true });
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);
        var payment = (await (await world.PayAsync(order.Id(), "test-redirect")).ReadObjectAsync()).Id("paymentId");

        // The process stopped right after recording the provider's success, before marking the order paid.
        using (var scope = world.Platform.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Payments.Where(p => p.Id == payment)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, PaymentState.Succeeded));
        }

        await world.RunOrderJobsAsync();

        var settled = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/orders/{order.Id()}");
        Assert.Equal("Paid", settled!["state"]!.GetValue<string>());
        Assert.Equal("Confirmed", (await world.BookingsAsync())[0]!["state"]!.GetValue<string>());
    }
}
