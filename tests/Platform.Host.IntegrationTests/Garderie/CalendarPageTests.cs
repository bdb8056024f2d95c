using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Garderie;

/// <summary>One calendar for the cantine and the garderie: both offered day by day, ticked together, each booked the
/// way its service sells (the meal into the cart, the care billed monthly at once).</summary>
public sealed class CalendarPageTests
{
    [Fact]
    public async Task Meals_and_care_slots_are_booked_from_one_calendar_with_a_regular_presence()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        var browser = await world.Booking.Platform.BrowserLoginAsync(world.Parent.Email);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/reserver?mois=2027-06"));
        Assert.Contains("Repas de </span>Léa<span class=\"visually-hidden\">, lundi 7 juin</span>", page, StringComparison.Ordinal);
        Assert.Contains("Garderie soir de </span>Hugo<span class=\"visually-hidden\">, lundi 7 juin</span>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Garderie soir</strong> 16h30–18h30 · 2,50\u202F€ · facturé au mois", page, StringComparison.Ordinal);
        var token = await PageDriver.TokenAsync(browser, "/reserver?mois=2027-06");

        var posted = await browser.PostAsync("/reserver?mois=2027-06", new FormUrlEncodedContent(
        [
            new("choix", $"{world.Booking.Tenancy.Alpha.Id}|{world.Booking.Lea}|2027-06-07|"),
            new("choix", $"{world.Service.Id}|{world.Booking.Lea}|2027-06-07|{world.Soir}"),
            new("regulier", $"{world.Service.Id}|{world.Booking.Hugo}|Tuesday|Garderie matin"),
            new("__RequestVerificationToken", token),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/panier", posted.Headers.Location!.ToString());
        Assert.Contains("1 réservation ajoutée au panier, 6 réservations enregistrées.", WebUtility.HtmlDecode(await browser.GetStringAsync("/panier")), StringComparison.Ordinal);
        var cart = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/cart");
        Assert.Equal(380, cart!["totalCents"]!.GetValue<long>());
        var care = await world.BookingsAsync();
        Assert.Equal(["2027-06-01", "2027-06-07", "2027-06-08", "2027-06-15", "2027-06-22", "2027-06-29"], care.Select(b => b!["date"]!.GetValue<string>()));
        Assert.All(care, b => Assert.True(b!["postPaid"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_refused_choice_shows_why_and_the_other_module_choices_are_still_made()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Monday, world.Soir)], world.Booking.Lea)).StatusCode);
        var browser = await world.Booking.Platform.BrowserLoginAsync(world.Parent.Email);
        var token = await PageDriver.TokenAsync(browser, "/reserver?mois=2027-06");

        var posted = await browser.PostAsync("/reserver?mois=2027-06", new FormUrlEncodedContent(
        [
            new("choix", $"{world.Booking.Tenancy.Alpha.Id}|{world.Booking.Lea}|2027-06-08|"),
            new("choix", $"{world.Service.Id}|{world.Booking.Lea}|2027-06-07|{world.Soir}"),
            new("__RequestVerificationToken", token),
        ]));

        var answer = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Le créneau « Soir » du 07/06/2027 est déjà réservé ou dans votre panier pour Léa.", answer, StringComparison.Ordinal);
        Assert.Contains("Le reste est fait : 1 réservation ajoutée au panier.", answer, StringComparison.Ordinal);
        Assert.Single(await world.BookingsAsync());
    }
}
