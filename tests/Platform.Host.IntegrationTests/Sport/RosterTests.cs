using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Sport;

/// <summary>The organiser sees who comes to each session and who waits, on the API and on the agents' page; the agents
/// of another commune see nothing of it.</summary>
public sealed class RosterTests
{
    [Fact]
    public async Task The_roster_lists_the_children_with_a_seat_then_the_waiting_list_for_the_communes_agents_only()
    {
        await using var world = await SportWorld.CreateAsync(seats: 1);
        var booking = world.Booking;
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync(booking.Parent, booking.Lea, world.Session)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await world.CheckoutAsync(booking.Parent)).StatusCode);
        var (other, emma) = await world.FamilyAsync("attente@example.fr");
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync(other, emma, world.Session)).StatusCode); // full: waiting list

        var rosters = await booking.Agent.GetFromJsonAsync<JsonArray>($"/api/agent/sport/services/{world.Service.Id}/rosters?from=2027-06-01");
        var staff = await booking.Platform.BrowserLoginAsync(TenancySetup.AgentAlpha);
        var page = WebUtility.HtmlDecode(await staff.GetStringAsync($"/agent/sport/seances?service={world.Service.Id}&du=2027-06-01"));

        var session = rosters!.Single(s => s!["sessionId"]!.GetValue<Guid>() == world.Session)!;
        var seat = Assert.Single(session["children"]!.AsArray())!;
        Assert.Equal(("Léa Martin", false, 9, "CE1"), (seat["name"]!.GetValue<string>(), seat["paid"]!.GetValue<bool>(), seat["age"]!.GetValue<int>(), seat["schoolClass"]!.GetValue<string>()));
        Assert.Equal("Emma Martin", Assert.Single(session["waiting"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Contains("1 / 1 places prises</strong> · 1 en liste d'attente", page, StringComparison.Ordinal);
        Assert.Contains("paiement en attente", page, StringComparison.Ordinal);
        Assert.Contains(">Séances de sport</a>", page, StringComparison.Ordinal);

        var farAway = await booking.Agent.GetAsync($"/api/agent/sport/services/{world.Service.Id}/rosters?from=9999-12-31");
        Assert.Equal(HttpStatusCode.BadRequest, farAway.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/agent/sport/seances?service={world.Service.Id}&du=9999-12-31")).StatusCode);

        var beta = await booking.Platform.LoginAsync(TenancySetup.AgentBeta);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync($"/api/agent/sport/services/{world.Service.Id}/rosters")).StatusCode);
        var betaPages = await booking.Platform.BrowserLoginAsync(TenancySetup.AgentBeta);
        Assert.Contains("Aucune activité sportive dans vos communes.", WebUtility.HtmlDecode(await betaPages.GetStringAsync("/agent/sport/seances")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await betaPages.GetAsync($"/agent/sport/seances?service={world.Service.Id}")).StatusCode);
    }
}
