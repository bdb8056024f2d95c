using System.Net;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Cantine;

/// <summary>The "Réserver" page opens where something can be booked and does not offer what the family already has.</summary>
public sealed class BookingPageTests
{
    [Fact]
    public async Task The_page_opens_on_the_first_bookable_month_and_marks_meals_already_booked_or_in_the_cart()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        await world.PayAsync((await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea, world.Hugo)).Id());
        await world.PayAsync((await world.OrderAsync([new DateOnly(2027, 6, 8)], world.Lea)).Id());
        Assert.Equal(HttpStatusCode.OK, (await world.AddToCartAsync([new DateOnly(2027, 6, 10)], world.Lea, world.Hugo)).StatusCode);
        await world.MoveClockAsync(new DateTimeOffset(2027, 5, 28, 12, 0, 0, TimeSpan.Zero)); // every May deadline has passed
        var browser = await world.Platform.BrowserLoginAsync(world.Parent.Email);

        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/{world.Tenancy.Alpha.Commune}/cantine/{world.Tenancy.Alpha.Id}/reserver"));

        Assert.Contains("<strong>juin 2027</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"2027-06-07\"", page, StringComparison.Ordinal);
        Assert.Matches("lundi 7 juin <span class=\"hint\">déjà réservé</span>", page);
        Assert.DoesNotContain("value=\"2027-06-10\"", page, StringComparison.Ordinal);
        Assert.Matches("jeudi 10 juin <span class=\"hint\">déjà dans votre panier</span>", page);
        Assert.Contains("value=\"2027-06-08\"", page, StringComparison.Ordinal);
        Assert.Contains("déjà pris pour Léa", page, StringComparison.Ordinal);
    }
}
