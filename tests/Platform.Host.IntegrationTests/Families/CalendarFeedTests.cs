using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ical.Net;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Families;

/// <summary>The family's private calendar address, read by an independent iCalendar parser (Ical.Net).</summary>
public sealed class CalendarFeedTests
{
    [Fact]
    public async Task The_feed_lists_exactly_the_familys_confirmed_meals_follows_cancellations_and_ends_when_revoked()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        await world.PayAsync((await world.OrderAsync(BookingWorld.FourDays.Take(2), world.Lea, world.Hugo)).Id());
        await world.OrderAsync([BookingWorld.FourDays[2]], world.Lea); // unpaid: held, not booked
        var feedUrl = $"/api/families/{world.Parent.FamilyId}/calendar-feed";
        var address = new Uri((await (await world.Parent.Client.PostAsync(feedUrl, null)).Content.ReadFromJsonAsync<JsonObject>())!["url"]!.GetValue<string>());
        var anonymous = world.Platform.Anonymous();

        var response = await anonymous.GetAsync(address.PathAndQuery);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ThenBy(e => e.Summary).ToList();
        Assert.Equal(4, events.Count);
        Assert.Equal("Repas – Hugo (Cantine d'Alpha)", events[0].Summary);
        Assert.Equal(new DateOnly(2027, 6, 7), DateOnly.FromDateTime(events[0].DtStart!.Value));
        Assert.False(events[0].DtStart!.HasTime);
        Assert.Equal(4, events.Select(e => e.Uid).Distinct().Count());

        var lea = (await world.BookingsAsync()).First(b => b!["childName"]!.GetValue<string>() == "Léa" && b["date"]!.GetValue<string>() == "2027-06-07")!;
        Assert.Equal(HttpStatusCode.OK, (await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/cantine/bookings/{lea["id"]}/cancel", null)).StatusCode);
        Assert.Equal(3, Calendar.Load(await anonymous.GetStringAsync(address.PathAndQuery))!.Events.Count);

        var renewed = new Uri((await (await world.Parent.Client.PostAsync(feedUrl, null)).Content.ReadFromJsonAsync<JsonObject>())!["url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(address.PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await world.Parent.Client.DeleteAsync(feedUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(renewed.PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendrier/inconnu.ics")).StatusCode);
    }

    [Fact]
    public async Task The_family_page_makes_the_address_shows_it_once_and_revokes_it()
    {
        using var platform = new TestPlatform();
        var parent = await platform.RegisterParentAsync("agenda@example.fr");
        var browser = await platform.BrowserLoginAsync(parent.Email);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/famille?handler=Calendrier", [], "/famille")).StatusCode);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/famille"));
        var url = new Uri(System.Text.RegularExpressions.Regex.Match(page, "id=\"calendar-url\"[^>]*value=\"([^\"]+)\"").Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, (await platform.Anonymous().GetAsync(url.PathAndQuery)).StatusCode);
        Assert.DoesNotContain(url.AbsolutePath, await browser.GetStringAsync("/famille"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/famille?handler=RevoquerCalendrier", [], "/famille")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await platform.Anonymous().GetAsync(url.PathAndQuery)).StatusCode);
    }
}
