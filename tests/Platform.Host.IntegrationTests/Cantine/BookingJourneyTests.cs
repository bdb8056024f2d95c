using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Cantine;

/// <summary>Booking → cart → checkout → wallet payment → cancellation, on real SQLite through the JSON API.</summary>
public sealed class BookingJourneyTests
{
    [Fact]
    public async Task Eight_meals_paid_from_the_wallet_then_one_cancelled_in_time()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);

        var added = await world.AddToCartAsync(BookingWorld.FourDays, world.Lea, world.Hugo);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var cart = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/cart");
        Assert.Equal(3040, cart!["totalCents"]!.GetValue<long>());
        var order = await (await world.CheckoutAsync()).ReadObjectAsync();
        Assert.Equal(["wallet", "stripe"], order["channels"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
        Assert.Equal("2027-05-20T09:00:00Z", order["expiresAtUtc"]!.GetValue<DateTime>().ToString("yyyy-MM-ddTHH:mm:ssZ"));

        var paid = await world.PayAsync(order.Id());
        Assert.True(paid.StatusCode == HttpStatusCode.OK, await paid.Content.ReadAsStringAsync());
        var payment = await paid.ReadObjectAsync();
        Assert.Equal("Succeeded", payment["state"]!.GetValue<string>());
        Assert.Equal("Paid", payment["orderState"]!.GetValue<string>());
        Assert.Equal(1960, await world.WalletAsync());
        var receipt = world.Platform.Mailbox.Last(world.Parent.Email);
        Assert.StartsWith("Réservation confirmée", receipt.Subject, StringComparison.Ordinal);
        Assert.Contains("30,40\u202F€", receipt.TextBody, StringComparison.Ordinal);

        var bookings = await world.BookingsAsync();
        Assert.Equal(8, bookings.Count(b => b!["state"]!.GetValue<string>() == "Confirmed"));
        var first = bookings.First(b => b!["date"]!.GetValue<string>() == "2027-06-07")!;
        Assert.Equal("2027-06-04T10:00:00", first["cancellableUntilLocal"]!.GetValue<string>());

        var cancelled = await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/cantine/bookings/{first.Id()}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(2340, await world.WalletAsync());
        var again = await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/cantine/bookings/{first.Id()}/cancel", null);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(2340, await world.WalletAsync());
        Assert.Equal(7, (await world.BookingsAsync()).Count(b => b!["state"]!.GetValue<string>() == "Confirmed"));
    }

    [Fact]
    public async Task After_the_cancellation_deadline_a_meal_stays_due()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);
        await world.PayAsync(order.Id());
        await world.MoveClockAsync(new DateTimeOffset(2027, 6, 4, 8, 0, 1, TimeSpan.Zero)); // Friday 10:00:01 in Paris

        var booking = (await world.BookingsAsync())[0]!;
        Assert.Null(booking["cancellableUntilLocal"]?.GetValue<string>());
        var refused = await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/cantine/bookings/{booking.Id()}/cancel", null);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Le délai d'annulation est dépassé", await Problem(refused), StringComparison.Ordinal);
        Assert.Equal(5000 - 380, await world.WalletAsync());
    }

    [Fact]
    public async Task An_unpaid_order_expires_and_frees_its_meals()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        var order = await world.OrderAsync(BookingWorld.FourDays, world.Lea);
        Assert.Equal(4, (await world.BookingsAsync()).Count(b => b!["state"]!.GetValue<string>() == "PendingPayment"));

        await world.MoveClockAsync(world.Clock.Now.AddMinutes(61));
        var late = await world.PayAsync(order.Id());
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("délai de paiement", await Problem(late), StringComparison.Ordinal);
        await world.RunOrderJobsAsync();
        await world.RunOrderJobsAsync();

        var expired = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/orders/{order.Id()}");
        Assert.Equal("Expired", expired!["state"]!.GetValue<string>());
        Assert.Empty(await world.BookingsAsync());
        Assert.Equal(5000, await world.WalletAsync());
        Assert.Equal(HttpStatusCode.OK, (await world.AddToCartAsync(BookingWorld.FourDays, world.Lea)).StatusCode);
    }

    [Fact]
    public async Task An_abandoned_order_frees_its_meals_at_once_and_puts_them_back_in_the_cart()
    {
        await using var world = await BookingWorld.CreateAsync();
        var order = await world.OrderAsync(BookingWorld.FourDays.Take(2), world.Lea);
        var abandonUrl = $"/api/families/{world.Parent.FamilyId}/orders/{order.Id()}/abandon";

        Assert.Equal(HttpStatusCode.NoContent, (await world.Parent.Client.PostAsync(abandonUrl, null)).StatusCode);

        var cart = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/cart");
        Assert.Equal(2, cart!["groups"]![0]!["lines"]!.AsArray().Count);
        Assert.Empty(await world.BookingsAsync());
        var state = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/orders/{order.Id()}");
        Assert.Equal("Cancelled", state!["state"]!.GetValue<string>());
        Assert.Contains("n'attend plus de paiement", await Problem(await world.Parent.Client.PostAsync(abandonUrl, null)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await world.CheckoutAsync()).StatusCode);
    }

    [Fact]
    public async Task A_booked_date_a_closed_day_or_a_passed_deadline_refuses_the_whole_selection()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);
        await world.PayAsync(order.Id());
        var before = SqliteInspector.Snapshot(world.Platform);

        var booked = await world.AddToCartAsync([new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 8)], world.Lea);
        var wednesday = await world.AddToCartAsync([new DateOnly(2027, 6, 9)], world.Lea);
        var tooLate = await world.AddToCartAsync([new DateOnly(2027, 5, 21)], world.Lea);
        var outside = await world.AddToCartAsync([new DateOnly(2027, 7, 5)], world.Lea);
        var stranger = await world.AddToCartAsync([new DateOnly(2027, 6, 8)], Guid.NewGuid());

        Assert.Contains("déjà réservé", await Problem(booked), StringComparison.Ordinal);
        Assert.Contains("pas de service ce jour-là", await Problem(wednesday), StringComparison.Ordinal);
        Assert.Contains("le délai de réservation est passé", await Problem(tooLate), StringComparison.Ordinal);
        Assert.Contains("n'est pas réservable", await Problem(outside), StringComparison.Ordinal);
        Assert.Contains("n'est pas inscrit à ce service", await Problem(stranger), StringComparison.Ordinal);
        Assert.Equal(before, SqliteInspector.Snapshot(world.Platform));
    }

    [Fact]
    public async Task Meals_already_in_the_cart_block_only_the_same_child_on_the_same_day()
    {
        await using var world = await BookingWorld.CreateAsync();
        Assert.Equal(HttpStatusCode.OK, (await world.AddToCartAsync([new DateOnly(2027, 6, 7)], world.Hugo)).StatusCode);

        var otherChild = await world.AddToCartAsync([new DateOnly(2027, 6, 7)], world.Lea);
        var otherDay = await world.AddToCartAsync([new DateOnly(2027, 6, 8)], world.Hugo);
        var sameMeal = await world.AddToCartAsync([new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 10)], world.Hugo);

        Assert.Equal(HttpStatusCode.OK, otherChild.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherDay.StatusCode);
        Assert.Contains("Le repas du 07/06/2027 est déjà réservé ou dans votre panier pour Hugo", await Problem(sameMeal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wallet_that_cannot_pay_refuses_with_its_balance_and_the_order_waits()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(500);
        var order = await world.OrderAsync(BookingWorld.FourDays, world.Lea);

        var refused = await world.PayAsync(order.Id());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Le solde de votre porte-monnaie utilisable pour cette commande (5,00\u202F€) ne suffit pas pour payer 15,20\u202F€.\"", await Problem(refused), StringComparison.Ordinal);
        Assert.Equal(500, await world.WalletAsync());
        await world.CreditAsync(1500, "R-2");
        Assert.Equal(HttpStatusCode.OK, (await world.PayAsync(order.Id())).StatusCode);
        Assert.Equal(480, await world.WalletAsync());
    }

    [Fact]
    public async Task A_wallet_refusal_quotes_only_the_credits_this_order_can_use()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(500);
        var request = await (await world.Parent.RequestAccessAsync(world.Tenancy.Beta, [world.Lea])).ReadObjectAsync();
        var agentBeta = await world.Platform.LoginAsync(TenancySetup.AgentBeta);
        Assert.Equal(HttpStatusCode.OK, (await agentBeta.PostAsync($"/api/agent/access-requests/{request.Id()}/validate", null)).StatusCode);
        var credited = await agentBeta.PostAsJsonAsync("/api/agent/wallet/credits", new
        {
            familyId = world.Parent.FamilyId, serviceId = world.Tenancy.Beta.Id, forServiceOnly = true, cents = 1000, receiptNumber = "B-1", method = "Especes",
        });
        Assert.Equal(HttpStatusCode.OK, credited.StatusCode);
        var order = await world.OrderAsync(BookingWorld.FourDays, world.Lea);

        var refused = await world.PayAsync(order.Id());

        Assert.Contains(
            "utilisable pour cette commande (5,00\u202F€) ne suffit pas pour payer 15,20\u202F€. Vos autres crédits (10,00\u202F€) ne servent qu'à d'autres services.",
            await Problem(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_cart_checked_out_twice_at_once_is_ordered_and_paid_once()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        Assert.Equal(HttpStatusCode.OK, (await world.AddToCartAsync(BookingWorld.FourDays, world.Lea, world.Hugo)).StatusCode);

        var checkouts = await Task.WhenAll(world.CheckoutAsync(), world.CheckoutAsync());
        Assert.Single(checkouts, r => r.StatusCode == HttpStatusCode.Created);
        var order = await checkouts.Single(r => r.StatusCode == HttpStatusCode.Created).ReadObjectAsync();
        var payments = await Task.WhenAll(world.PayAsync(order.Id()), world.PayAsync(order.Id()));

        Assert.Single(payments, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(5000 - 3040, await world.WalletAsync());
        Assert.Equal(8, (await world.BookingsAsync()).Count);
    }

    [Fact]
    public async Task A_closure_over_booked_days_cancels_refunds_and_tells_the_family()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        var order = await world.OrderAsync([new DateOnly(2027, 6, 10), new DateOnly(2027, 6, 11)], world.Lea);
        await world.PayAsync(order.Id());
        var admin = await world.Platform.AdminAsync();

        var closed = await admin.PostAsJsonAsync($"/api/admin/cantine/services/{world.Tenancy.Alpha.Id}/closures", new { from = "2027-06-10", reason = "Grève" });

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(5000 - 380, await world.WalletAsync());
        var thursday = (await world.BookingsAsync()).Single(b => b!["date"]!.GetValue<string>() == "2027-06-10")!;
        Assert.Equal("Cancelled", thursday["state"]!.GetValue<string>());
        Assert.Equal("Repas annulé le 10/06/2027", world.Platform.Mailbox.Last(world.Parent.Email).Subject);
    }

    [Fact]
    public async Task Another_family_can_neither_pay_nor_see_this_familys_order()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        var order = await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea);
        var other = await world.Platform.RegisterParentAsync("autre.famille@example.fr");

        var pay = await other.Client.PostAsJsonAsync($"/api/families/{other.FamilyId}/orders/{order.Id()}/payments", new { provider = "wallet" });
        var payThrough = await other.Client.PostAsJsonAsync($"/api/families/{world.Parent.FamilyId}/orders/{order.Id()}/payments", new { provider = "wallet" });
        var book = await other.Client.PostAsJsonAsync($"/api/families/{other.FamilyId}/cantine/cart", new
        {
            serviceId = world.Tenancy.Alpha.Id, childIds = new[] { world.Lea }, dates = new[] { "2027-06-08" },
        });

        Assert.Equal(HttpStatusCode.NotFound, pay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, payThrough.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, book.StatusCode);
        Assert.Equal(5000, await world.WalletAsync());
    }

    /// <summary>The problem details' text, JSON escapes undone (the serializer escapes non-ASCII characters).</summary>
    private static async Task<string> Problem(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync());
    }
}
