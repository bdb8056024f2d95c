using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Garderie;

/// <summary>Care slots booked for several children and days, paid at booking or billed monthly, late bookings, and
/// cancellation, through the JSON API on real SQLite.</summary>
public sealed class CareBookingTests
{
    [Fact]
    public async Task Two_children_two_days_two_slots_paid_from_the_wallet_then_one_slot_cancelled()
    {
        await using var world = await CareWorld.CreateAsync();
        await world.Booking.CreditAsync(5000);

        var booked = await world.BookAsync(
            [(CareWorld.Monday, world.Matin), (CareWorld.Monday, world.Soir), (CareWorld.Tuesday, world.Matin), (CareWorld.Tuesday, world.Soir)],
            world.Booking.Lea, world.Booking.Hugo);
        Assert.True(booked.StatusCode == HttpStatusCode.OK, await booked.Content.ReadAsStringAsync());
        Assert.Equal(8, (await booked.ReadObjectAsync())["inCart"]!.GetValue<int>());
        var cart = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/cart");
        Assert.Equal(1600, cart!["totalCents"]!.GetValue<long>());
        Assert.Contains(cart["groups"]![0]!["lines"]!.AsArray(), l => l!["label"]!.GetValue<string>() == "Garderie soir du lun. 07/06/2027 – Léa (Garderie d'Alpha)");

        var order = await (await world.Booking.CheckoutAsync()).ReadObjectAsync();
        var paid = await world.Booking.PayAsync(order.Id());
        Assert.True(paid.StatusCode == HttpStatusCode.OK, await paid.Content.ReadAsStringAsync());
        Assert.Equal(3400, await world.Booking.WalletAsync());

        var bookings = await world.BookingsAsync();
        Assert.Equal(8, bookings.Count(b => b!["state"]!.GetValue<string>() == "Confirmed"));
        var evening = bookings.First(b => b!["slot"]!.GetValue<string>() == "Soir" && b["childName"]!.GetValue<string>() == "Hugo")!;
        Assert.Equal("16:30:00", evening["start"]!.GetValue<string>());
        Assert.False(evening["postPaid"]!.GetValue<bool>());
        Assert.Equal("2027-06-06T18:00:00", evening["cancellableUntilLocal"]!.GetValue<string>());

        var cancelled = await world.Parent.Client.PostAsync($"{world.Base}/bookings/{evening.Id()}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(3650, await world.Booking.WalletAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await world.Parent.Client.PostAsync($"{world.Base}/bookings/{evening.Id()}/cancel", null)).StatusCode);
        Assert.Equal(3650, await world.Booking.WalletAsync());

        var again = await world.BookAsync([(CareWorld.Monday, world.Matin)], world.Booking.Lea);
        Assert.Contains("déjà réservé ou dans votre panier pour Léa", await Problem(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_billed_monthly_books_at_once_without_payment_and_a_cancellation_leaves_the_invoice()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");

        var booked = await world.BookAsync([(CareWorld.Monday, world.Soir), (CareWorld.Tuesday, world.Soir)], world.Booking.Lea, world.Booking.Hugo);

        Assert.True(booked.StatusCode == HttpStatusCode.OK, await booked.Content.ReadAsStringAsync());
        Assert.Equal(4, (await booked.ReadObjectAsync())["booked"]!.GetValue<int>());
        var cart = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/cart");
        Assert.Equal(0, cart!["totalCents"]!.GetValue<long>());
        var bookings = await world.BookingsAsync();
        Assert.All(bookings, b =>
        {
            Assert.Equal("Confirmed", b!["state"]!.GetValue<string>());
            Assert.True(b["postPaid"]!.GetValue<bool>());
            Assert.Equal(250, b["unitCents"]!.GetValue<long>());
        });

        var cancelled = await world.Parent.Client.PostAsync($"{world.Base}/bookings/{bookings[0]!.Id()}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(0, await cancelled.Content.ReadFromJsonAsync<long>());
        Assert.Equal(3, (await world.BookingsAsync()).Count(b => b!["state"]!.GetValue<string>() == "Confirmed"));
        Assert.Equal(0, await world.Booking.WalletAsync());
    }

    [Fact]
    public async Task The_database_lets_only_one_of_two_identical_monthly_bookings_through()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        var items = new[] { (CareWorld.Monday, world.Soir), (CareWorld.Tuesday, world.Soir) };

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => world.BookAsync(items, world.Booking.Lea)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        Assert.Equal(2, (await world.BookingsAsync()).Count);
    }

    [Fact]
    public async Task Past_the_deadline_a_slot_is_sold_late_at_the_surcharge_until_it_starts()
    {
        await using var world = await CareWorld.CreateAsync();
        var friday = new DateOnly(2027, 5, 21);
        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 5, 20, 16, 0, 1, TimeSpan.Zero)); // Thursday 18:00:01 in Paris

        var late = await world.BookAsync([(friday, world.Matin), (friday, world.Soir)], world.Booking.Lea);

        Assert.True(late.StatusCode == HttpStatusCode.OK, await late.Content.ReadAsStringAsync());
        var cart = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/cart");
        Assert.Equal(225 + 375, cart!["totalCents"]!.GetValue<long>());
        Assert.All(cart["groups"]![0]!["lines"]!.AsArray(), l => Assert.EndsWith("réservation tardive +50 %", l!["label"]!.GetValue<string>(), StringComparison.Ordinal));

        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 5, 21, 5, 31, 0, TimeSpan.Zero)); // Friday 07:31: the morning has started
        var started = await world.BookAsync([(friday, world.Matin)], world.Booking.Hugo);
        Assert.Contains("Le créneau « Matin » du vendredi 21/05/2027 n'est pas réservable : le délai de réservation est passé", await Problem(started), StringComparison.Ordinal);
        Assert.Contains("Le créneau « Matin » du vendredi 21/05/2027 n'est plus réservable", await Problem(await world.Booking.CheckoutAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slot_put_in_the_cart_on_time_is_not_sold_at_the_old_price_once_the_deadline_passed()
    {
        await using var world = await CareWorld.CreateAsync();
        var friday = new DateOnly(2027, 5, 21);
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(friday, world.Soir)], world.Booking.Lea)).StatusCode);
        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 5, 20, 16, 30, 0, TimeSpan.Zero));

        var checkout = await world.Booking.CheckoutAsync();

        Assert.Contains("au tarif des réservations tardives", await Problem(checkout), StringComparison.Ordinal);
        Assert.Empty(await world.BookingsAsync("2027-05"));
    }

    [Fact]
    public async Task Without_a_surcharge_the_deadline_is_final_and_bad_requests_write_nothing()
    {
        await using var world = await CareWorld.CreateAsync();
        var admin = await world.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/admin/garderie/services/{world.Service.Id}/settings", new { billing = "AtBooking" })).StatusCode);
        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 5, 20, 16, 0, 1, TimeSpan.Zero));
        var before = SqliteInspector.Snapshot(world.Booking.Platform);

        var tooLate = await world.BookAsync([(new DateOnly(2027, 5, 21), world.Soir)], world.Booking.Lea);
        var wednesday = await world.BookAsync([(new DateOnly(2027, 6, 9), world.Soir)], world.Booking.Lea);
        var unknownSlot = await world.BookAsync([(CareWorld.Monday, Guid.NewGuid())], world.Booking.Lea);
        var stranger = await world.BookAsync([(CareWorld.Monday, world.Soir)], Guid.NewGuid());
        var cantine = await world.Parent.Client.PostAsJsonAsync($"{world.Base}/bookings", new
        {
            serviceId = world.Booking.Tenancy.Alpha.Id, childIds = new[] { world.Booking.Lea }, items = new[] { new { date = "2027-06-07", slotId = world.Soir } },
        });

        Assert.Contains("le délai de réservation est passé (avant le 20/05 à 18:00)", await Problem(tooLate), StringComparison.Ordinal);
        Assert.Contains("ce créneau n'a pas lieu ce jour-là", await Problem(wednesday), StringComparison.Ordinal);
        Assert.Contains("Ce créneau n'existe pas dans ce service.", await Problem(unknownSlot), StringComparison.Ordinal);
        Assert.Contains("Cet enfant n'est pas inscrit à ce service.", await Problem(stranger), StringComparison.Ordinal);
        Assert.Contains("Choisissez un service de garderie.", await Problem(cantine), StringComparison.Ordinal);
        Assert.Equal(before, SqliteInspector.Snapshot(world.Booking.Platform));
    }

    [Fact]
    public async Task A_slot_price_names_a_slot_of_the_service()
    {
        await using var world = await CareWorld.CreateAsync();
        var admin = await world.AdminAsync();

        var foreign = await admin.PutAsJsonAsync($"/api/admin/garderie/services/{world.Service.Id}/prices", new { tariffCategoryId = world.Service.TariffId, itemId = Guid.NewGuid(), cents = 100 });
        var schedule = await admin.GetFromJsonAsync<JsonObject>($"/api/admin/garderie/services/{world.Service.Id}/schedule");

        Assert.Contains("n'appartient pas à ce service", await Problem(foreign), StringComparison.Ordinal);
        Assert.Equal([150L, 250L], schedule!["prices"]!.AsArray().Select(p => p!["cents"]!.GetValue<long>()).Order());
    }

    internal static async Task<string> Problem(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync());
    }
}
