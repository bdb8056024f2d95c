using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Garderie;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Sport;

/// <summary>Seats held by the database under concurrency, the waiting list, the opening instant, ages and stages.</summary>
public sealed class SeatTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sixteen_families_racing_for_three_seats_get_exactly_three_and_the_others_queue_in_order(bool postgres)
    {
        await using var world = await SportWorld.CreateAsync(seats: 3, postgres);
        var families = new List<Parent>();
        for (var i = 0; i < 16; i++)
        {
            var (parent, child) = await world.FamilyAsync($"course{i}@example.fr");
            Assert.Equal(HttpStatusCode.OK, (await world.BookAsync(parent, child, world.Session)).StatusCode);
            families.Add(parent);
        }

        var checkouts = await Task.WhenAll(families.Select(world.CheckoutAsync));

        Assert.Equal(3, checkouts.Count(c => c.StatusCode == HttpStatusCode.Created));
        var positions = new List<int>();
        foreach (var refused in checkouts.Where(c => c.StatusCode != HttpStatusCode.Created))
        {
            var problem = await CareBookingTests.Problem(refused);
            Assert.Contains("La séance du 09/06/2027 vient d'être complète : votre enfant est inscrit sur sa liste d'attente", problem, StringComparison.Ordinal);
            positions.Add(int.Parse(System.Text.RegularExpressions.Regex.Match(problem, @"\(n° (\d+)\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(Enumerable.Range(1, 13), positions.Order());
        var session = await world.SessionAsync(world.Session);
        Assert.Equal(3, session["taken"]!.GetValue<int>());
        Assert.Equal(13, session["waiting"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_freed_seat_goes_to_the_first_family_waiting_who_has_a_day_to_book_it_then_to_the_next()
    {
        await using var world = await SportWorld.CreateAsync(seats: 1);
        await world.Booking.CreditAsync(5000);
        var booking = world.Booking;
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync(booking.Parent, booking.Lea, world.Session)).StatusCode);
        var order = await (await world.CheckoutAsync(booking.Parent)).ReadObjectAsync();
        Assert.Equal(HttpStatusCode.OK, (await booking.PayAsync(order.Id())).StatusCode);
        var (second, secondChild) = await world.FamilyAsync("deuxieme@example.fr");
        var (third, thirdChild) = await world.FamilyAsync("troisieme@example.fr");

        var waiting = await (await world.BookAsync(second, secondChild, world.Session)).ReadObjectAsync();
        Assert.Equal(1, waiting["waiting"]!.GetValue<int>());
        Assert.Equal(1, (await (await world.BookAsync(third, thirdChild, world.Session)).ReadObjectAsync())["waiting"]!.GetValue<int>());
        Assert.Equal(2, (await world.SessionAsync(world.Session))["waiting"]!.GetValue<int>());

        var line = (await booking.Parent.Client.GetFromJsonAsync<JsonArray>($"/api/families/{booking.Parent.FamilyId}/sport/bookings?month=2027-06"))![0]!.Id();
        Assert.Equal(HttpStatusCode.OK, (await booking.Parent.Client.PostAsync($"/api/families/{booking.Parent.FamilyId}/sport/bookings/{line}/cancel", null)).StatusCode);

        var offer = booking.Platform.Mailbox.Last("deuxieme@example.fr");
        Assert.Equal("Une place s'est libérée : Multisport 6-10 ans le 09/06/2027", offer.Subject);
        Assert.Contains("jusqu'au vendredi 21 mai à 10h00", offer.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, (await world.SessionAsync(world.Session))["taken"]!.GetValue<int>());
        var stolen = await world.BookAsync(booking.Parent, booking.Hugo, world.Session);
        Assert.Equal(1, (await stolen.ReadObjectAsync())["waiting"]!.GetValue<int>()); // the seat is held for the second family

        await booking.MoveClockAsync(booking.Clock.Now.AddHours(24).AddMinutes(1));
        await world.RunWaitlistJobAsync();

        Assert.Equal("Une place s'est libérée : Multisport 6-10 ans le 09/06/2027", booking.Platform.Mailbox.Last("troisieme@example.fr").Subject);
        var third2 = await booking.Platform.LoginAsync("troisieme@example.fr");
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync(third with { Client = third2 }, thirdChild, world.Session)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await world.CheckoutAsync(third with { Client = third2 })).StatusCode);
        var session = await world.SessionAsync(world.Session);
        Assert.Equal(1, session["taken"]!.GetValue<int>());
        Assert.Equal(1, session["waiting"]!.GetValue<int>()); // Hugo
    }

    [Fact]
    public async Task Before_it_opens_a_stage_says_when_a_child_outside_its_ages_is_refused_and_it_is_booked_whole()
    {
        await using var world = await SportWorld.CreateAsync(seats: 3);
        var booking = world.Booking;

        var early = await world.BookAsync(booking.Parent, booking.Lea, world.StageSessions[1]);
        Assert.Contains("n'est pas encore ouverte : inscriptions à partir du mardi 1 juin à 08h00", await CareBookingTests.Problem(early), StringComparison.Ordinal);
        await booking.MoveClockAsync(new DateTimeOffset(2027, 6, 1, 6, 0, 0, TimeSpan.Zero));

        var tooYoung = await world.BookAsync(booking.Parent, booking.Hugo, world.StageSessions[0]);
        Assert.Contains("Hugo (6 ans ce jour-là) n'a pas l'âge de la séance « Stage de voile »", await CareBookingTests.Problem(tooYoung), StringComparison.Ordinal);
        var whole = await world.BookAsync(booking.Parent, booking.Lea, world.StageSessions[1]);
        Assert.Equal(3, (await whole.ReadObjectAsync())["inCart"]!.GetValue<int>());
        var cart = await booking.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{booking.Parent.FamilyId}/cart");
        Assert.Equal(4500, cart!["totalCents"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_calendar_shows_seats_left_a_full_session_and_when_registration_opens()
    {
        await using var world = await SportWorld.CreateAsync(seats: 1);
        var (other, child) = await world.FamilyAsync("autre@example.fr");
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync(other, child, world.Session)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await world.CheckoutAsync(other)).StatusCode);
        var browser = await world.Booking.Platform.BrowserLoginAsync(world.Booking.Parent.Email);

        var june = WebUtility.HtmlDecode(await browser.GetStringAsync("/reserver?mois=2027-06"));
        var july = WebUtility.HtmlDecode(await browser.GetStringAsync("/reserver?mois=2027-07"));

        Assert.Contains("Multisport 6-10 ans de </span>Léa<span class=\"visually-hidden\">, mercredi 9 juin</span> (liste d'attente)", june, StringComparison.Ordinal);
        Assert.Contains("complet : liste d'attente", june, StringComparison.Ordinal);
        Assert.Contains("inscriptions à partir du mardi 1 juin à 08h00", july, StringComparison.Ordinal);
        Assert.DoesNotContain("Stage de voile de </span>Hugo", july, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stage_is_paid_whole_and_cancelled_whole()
    {
        await using var world = await SportWorld.CreateAsync(seats: 3);
        var booking = world.Booking;
        await booking.MoveClockAsync(new DateTimeOffset(2027, 6, 1, 6, 0, 0, TimeSpan.Zero));
        await booking.CreditAsync(10000);
        var cartUrl = $"/api/families/{booking.Parent.FamilyId}/cart";
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync(booking.Parent, booking.Lea, world.StageSessions[0])).StatusCode);
        var lines = (await booking.Parent.Client.GetFromJsonAsync<JsonObject>(cartUrl))!["groups"]![0]!["lines"]!.AsArray();
        Assert.Equal(HttpStatusCode.NoContent, (await booking.Parent.Client.DeleteAsync($"{cartUrl}/{lines[1]!.Id()}")).StatusCode);

        var part = await world.CheckoutAsync(booking.Parent);
        Assert.Contains("Le stage « Stage de voile » se réserve en entier", await CareBookingTests.Problem(part), StringComparison.Ordinal);
        foreach (var line in lines.Where(l => l!.Id() != lines[1]!.Id()))
        {
            await booking.Parent.Client.DeleteAsync($"{cartUrl}/{line!.Id()}");
        }

        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync(booking.Parent, booking.Lea, world.StageSessions[2])).StatusCode);
        var order = await (await world.CheckoutAsync(booking.Parent)).ReadObjectAsync();
        Assert.Equal(HttpStatusCode.OK, (await booking.PayAsync(order.Id())).StatusCode);
        var seats = await booking.Parent.Client.GetFromJsonAsync<JsonArray>($"/api/families/{booking.Parent.FamilyId}/sport/bookings?month=2027-07");

        var cancelled = await booking.Parent.Client.PostAsync($"/api/families/{booking.Parent.FamilyId}/sport/bookings/{seats![1]!.Id()}/cancel", null);

        Assert.Equal("4500", await cancelled.Content.ReadAsStringAsync());
        var after = await booking.Parent.Client.GetFromJsonAsync<JsonArray>($"/api/families/{booking.Parent.FamilyId}/sport/bookings?month=2027-07");
        Assert.All(after!, s => Assert.Equal("Cancelled", s!["state"]!.GetValue<string>()));
        Assert.Equal(10000, await booking.WalletAsync());
        foreach (var session in world.StageSessions)
        {
            Assert.Equal(0, (await world.SessionAsync(session))["taken"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task An_offered_seat_whose_order_is_abandoned_stays_offered_to_the_same_family()
    {
        await using var world = await SportWorld.CreateAsync(seats: 1);
        var booking = world.Booking;
        var (first, firstChild) = await world.FamilyAsync("premiere@example.fr");
        var (second, secondChild) = await world.FamilyAsync("seconde@example.fr");
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync(first, firstChild, world.Session)).StatusCode);
        var held = await (await world.CheckoutAsync(first)).ReadObjectAsync();
        Assert.Equal(1, (await (await world.BookAsync(booking.Parent, booking.Lea, world.Session)).ReadObjectAsync())["waiting"]!.GetValue<int>());
        Assert.Equal(1, (await (await world.BookAsync(second, secondChild, world.Session)).ReadObjectAsync())["waiting"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, (await first.Client.PostAsync($"/api/families/{first.FamilyId}/orders/{held.Id()}/abandon", null)).StatusCode);
        Assert.StartsWith("Une place s'est libérée", booking.Platform.Mailbox.Last(booking.Parent.Email).Subject, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync(booking.Parent, booking.Lea, world.Session)).StatusCode);
        var order = await (await world.CheckoutAsync(booking.Parent)).ReadObjectAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await booking.Parent.Client.PostAsync($"/api/families/{booking.Parent.FamilyId}/orders/{order.Id()}/abandon", null)).StatusCode);

        var session = await world.SessionAsync(world.Session);
        Assert.Equal(1, session["taken"]!.GetValue<int>());
        Assert.Equal(1, session["waiting"]!.GetValue<int>());
        Assert.DoesNotContain(booking.Platform.Mailbox.To("seconde@example.fr"), m => m.Subject?.StartsWith("Une place", StringComparison.Ordinal) == true);
        Assert.Equal(HttpStatusCode.Created, (await world.CheckoutAsync(booking.Parent)).StatusCode); // the abandoned line went back to the cart
    }

    [Fact]
    public async Task A_month_out_of_range_is_refused_in_french()
    {
        await using var world = await SportWorld.CreateAsync(seats: 1);
        var family = world.Booking.Parent;

        foreach (var module in new[] { "sport", "garderie", "cantine" })
        {
            var answer = await family.Client.GetAsync($"/api/families/{family.FamilyId}/{module}/bookings?month=9999-12");
            Assert.Contains("AAAA-MM", await CareBookingTests.Problem(answer), StringComparison.Ordinal);
        }
    }
}
