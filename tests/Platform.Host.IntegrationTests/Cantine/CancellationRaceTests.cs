using System.Net;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Cantine;

/// <summary>A meal cancelled many times at once is refunded once, and only the request that cancelled it says so.</summary>
public sealed class CancellationRaceTests
{
    private const int Attempts = 20;

    [Fact]
    public async Task Twenty_cancellations_at_once_on_the_page_refund_once_and_one_answer_says_so()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        await world.PayAsync((await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea)).Id());
        var booking = (await world.BookingsAsync())[0]!.Id();
        var browsers = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(_ => world.Platform.BrowserLoginAsync(world.Parent.Email)));
        var tokens = await Task.WhenAll(browsers.Select(b => PageDriver.TokenAsync(b, "/reservations?mois=2027-06")));

        var answers = await Task.WhenAll(browsers.Select(async (browser, i) =>
        {
            var posted = await browser.PostAsync("/reservations?mois=2027-06&handler=Annuler", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["lineId"] = booking.ToString(), ["serviceId"] = world.Tenancy.Alpha.Id.ToString(), ["__RequestVerificationToken"] = tokens[i],
            }));
            var page = posted.StatusCode == HttpStatusCode.Redirect
                ? await browser.GetStringAsync(posted.Headers.Location!.ToString())
                : await posted.Content.ReadAsStringAsync();
            return WebUtility.HtmlDecode(page);
        }));

        Assert.Single(answers, a => a.Contains("Réservation annulée : 3,80\u202F€ vous sont rendus.", StringComparison.Ordinal));
        Assert.Equal(Attempts - 1, answers.Count(a => a.Contains("Ce repas est déjà annulé.", StringComparison.Ordinal)));
        Assert.Equal(5000, await world.WalletAsync());
        Assert.Equal("Cancelled", (await world.BookingsAsync())[0]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Twenty_cancellations_at_once_through_the_api_refund_once()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        await world.PayAsync((await world.OrderAsync([new DateOnly(2027, 6, 7)], world.Lea)).Id());
        var booking = (await world.BookingsAsync())[0]!.Id();

        var answers = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(_ =>
            world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/cantine/bookings/{booking}/cancel", null)));

        var done = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal("380", await done.Content.ReadAsStringAsync());
        foreach (var refused in answers.Where(a => a != done))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Ce repas est déjà annulé.", System.Text.RegularExpressions.Regex.Unescape(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        Assert.Equal(5000, await world.WalletAsync());
    }
}
