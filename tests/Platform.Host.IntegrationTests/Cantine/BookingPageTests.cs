using System.Net;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Cantine;

/// <summary>The "Réserver" calendar opens where something can be booked and does not offer what the family already has.</summary>
public sealed class BookingPageTests
{
    [Fact]
    public async Task The_calendar_opens_on_the_first_bookable_month_and_marks_meals_booked_or_in_the_cart()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        await world.PayAsync((await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea, world.Hugo)).Id());
        await world.PayAsync((await world.OrderAsync([new DateOnly(2027, 6, 8)], world.Lea)).Id());
        Assert.Equal(HttpStatusCode.OK, (await world.AddToCartAsync([new DateOnly(2027, 6, 10)], world.Lea, world.Hugo)).StatusCode);
        await world.MoveClockAsync(new DateTimeOffset(2027, 5, 28, 12, 0, 0, TimeSpan.Zero)); // every May deadline has passed
        var browser = await world.Platform.BrowserLoginAsync(world.Parent.Email);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/reserver"));

        Assert.Contains("<strong>juin 2027</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("|2027-06-07|", page, StringComparison.Ordinal);
        Assert.Matches("Repas de </span>Léa<span class=\"visually-hidden\">, mardi 8 juin :</span>\\s*<span class=\"badge\">Réservé</span>", page);
        Assert.Contains($"value=\"{world.Tenancy.Alpha.Id}|{world.Hugo}|2027-06-08|\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("|2027-06-10|", page, StringComparison.Ordinal);
        Assert.Matches("Repas de </span>Hugo<span class=\"visually-hidden\">, jeudi 10 juin :</span>\\s*<span class=\"badge\">Dans le panier</span>", page);
        Assert.Contains("avant le mer. 09/06 à 10h00", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mes_reservations_shows_only_what_is_booked_and_confirms_a_cancellation_with_its_refund()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        await world.PayAsync((await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea)).Id());
        var line = (await world.BookingsAsync())[0]!.Id();
        var browser = await world.Platform.BrowserLoginAsync(world.Parent.Email);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/reservations?mois=2027-06"));
        var asked = WebUtility.HtmlDecode(await browser.GetStringAsync($"/reservations?mois=2027-06&annuler={line}"));

        Assert.DoesNotContain("name=\"choix\"", page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "class=\"badge\">Réservé<"));
        Assert.Contains("possible jusqu'au ven. 04/06 à 10h00", page, StringComparison.Ordinal);
        Assert.Contains("Repas de Léa le lundi 7 juin (Cantine d'Alpha) sera annulé.", asked, StringComparison.Ordinal);
        Assert.Contains("3,80\u202F€ vous seront rendus", asked, StringComparison.Ordinal);
        Assert.Equal(5000 - 380, await world.WalletAsync());
    }
}
