using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Garderie;

/// <summary>The staff's day sheet and presence records, late pick-up charges, and closures.</summary>
public sealed class AttendanceTests
{
    [Fact]
    public async Task A_departure_after_closing_time_is_charged_per_started_quarter_of_an_hour()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Monday, world.Soir)], world.Booking.Lea)).StatusCode);
        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 6, 7, 17, 0, 0, TimeSpan.Zero)); // Monday 19:00 in Paris
        var attendance = $"/api/agent/garderie/services/{world.Service.Id}/attendance";

        var arrived = await world.Booking.Agent.PutAsJsonAsync(attendance, Presence(world, world.Booking.Lea, "16:32", null));
        var left = await world.Booking.Agent.PutAsJsonAsync(attendance, Presence(world, world.Booking.Lea, null, "18:46"));
        var unbooked = await world.Booking.Agent.PutAsJsonAsync(attendance, Presence(world, world.Booking.Hugo, "16:30", "18:00"));

        Assert.True(left.StatusCode == HttpStatusCode.OK, await left.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, arrived.StatusCode);
        var charged = await left.ReadObjectAsync();
        Assert.Equal(1000, charged["latePickupCents"]!.GetValue<long>());
        Assert.Equal("16:32:00", charged["arrivedAt"]!.GetValue<string>());
        Assert.False((await unbooked.ReadObjectAsync())["booked"]!.GetValue<bool>());

        var sheet = await world.Booking.Agent.GetFromJsonAsync<JsonObject>($"/api/agent/garderie/services/{world.Service.Id}/day?date=2027-06-07");
        var evening = sheet!["slots"]!.AsArray().Single(s => s!["label"]!.GetValue<string>() == "Soir")!;
        var lea = evening["children"]!.AsArray().Single(c => c!["childId"]!.GetValue<Guid>() == world.Booking.Lea)!;
        Assert.True(lea["booked"]!.GetValue<bool>());
        Assert.Equal("18:46:00", lea["leftAt"]!.GetValue<string>());
        Assert.Equal(2, evening["children"]!.AsArray().Count);
    }

    [Fact]
    public async Task Presence_is_refused_to_another_commune_for_a_future_day_or_a_child_not_enrolled()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        var attendance = $"/api/agent/garderie/services/{world.Service.Id}/attendance";
        var beta = await world.Booking.Platform.LoginAsync(TenancySetup.AgentBeta);
        var before = SqliteInspector.Snapshot(world.Booking.Platform);

        var otherCommune = await beta.PutAsJsonAsync(attendance, Presence(world, world.Booking.Lea, "16:30", null, "2027-05-17"));
        var sheet = await beta.GetAsync($"/api/agent/garderie/services/{world.Service.Id}/day?date=2027-05-17");
        var future = await world.Booking.Agent.PutAsJsonAsync(attendance, Presence(world, world.Booking.Lea, "16:30", null));
        var stranger = await world.Booking.Agent.PutAsJsonAsync(attendance, Presence(world, Guid.NewGuid(), "16:30", null, "2027-05-17"));
        var backwards = await world.Booking.Agent.PutAsJsonAsync(attendance, Presence(world, world.Booking.Lea, "18:00", "17:00", "2027-05-17"));

        Assert.Equal(HttpStatusCode.NotFound, otherCommune.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sheet.StatusCode);
        Assert.Contains("aujourd'hui ou un jour passé", await CareBookingTests.Problem(future), StringComparison.Ordinal);
        Assert.Contains("n'est pas inscrit", await CareBookingTests.Problem(stranger), StringComparison.Ordinal);
        Assert.Contains("L'heure de départ doit être postérieure à l'heure d'arrivée (18h00)", await CareBookingTests.Problem(backwards), StringComparison.Ordinal);
        Assert.Equal(before, SqliteInspector.Snapshot(world.Booking.Platform));
    }

    [Fact]
    public async Task On_the_day_sheet_page_the_staff_tap_an_arrival_type_a_late_departure_and_see_the_charge()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Monday, world.Soir)], world.Booking.Lea)).StatusCode);
        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 6, 7, 14, 41, 30, TimeSpan.Zero)); // Monday 16:41 in Paris
        var staff = await world.Booking.Platform.BrowserLoginAsync(TenancySetup.AgentAlpha);
        var sheet = $"/agent/garderie/presences?service={world.Service.Id}&jour=2027-06-07";
        var row = new Dictionary<string, string>
        {
            ["slotId"] = world.Soir.ToString(), ["familyId"] = world.Parent.FamilyId.ToString(), ["childId"] = world.Booking.Lea.ToString(),
        };

        var before = WebUtility.HtmlDecode(await staff.GetStringAsync(sheet));
        var tapped = await staff.PostFormAsync(sheet, new(row) { ["now"] = "arrivee" });
        await world.Booking.MoveClockAsync(new DateTimeOffset(2027, 6, 7, 17, 0, 0, TimeSpan.Zero));
        var backwards = await staff.PostFormAsync(sheet, new(row) { ["arrivedAt"] = "16:41", ["leftAt"] = "16:00" });
        var typed = await staff.PostFormAsync(sheet, new(row) { ["arrivedAt"] = "16:41", ["leftAt"] = "18:46" });
        var after = WebUtility.HtmlDecode(await staff.GetStringAsync(sheet));

        Assert.Contains(">Présences garderie</a>", before, StringComparison.Ordinal);
        Assert.Contains("Léa Martin", before, StringComparison.Ordinal);
        Assert.Contains("Arrivée maintenant", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, tapped.StatusCode);
        Assert.Contains("L'heure de départ doit être postérieure à l'heure d'arrivée (16h41)", WebUtility.HtmlDecode(await backwards.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.Contains("value=\"16:41\"", after, StringComparison.Ordinal);
        Assert.Contains("value=\"18:46\"", after, StringComparison.Ordinal);
        Assert.Contains("retard : 10,00\u202F€", after, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/agent/garderie/presences?service={world.Service.Id}&jour=0001-01-01")).StatusCode);

        var beta = await world.Booking.Platform.BrowserLoginAsync(TenancySetup.AgentBeta);
        Assert.Contains("Aucune garderie dans vos communes.", WebUtility.HtmlDecode(await beta.GetStringAsync("/agent/garderie/presences")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await beta.GetAsync(sheet)).StatusCode);
        Assert.DoesNotContain("Présences garderie", WebUtility.HtmlDecode(await beta.GetStringAsync("/agent/demandes")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closure_cancels_the_slots_booked_that_day_and_tells_the_family()
    {
        await using var world = await CareWorld.CreateAsync("Monthly");
        Assert.Equal(HttpStatusCode.OK, (await world.BookAsync([(CareWorld.Monday, world.Soir), (CareWorld.Tuesday, world.Soir)], world.Booking.Lea)).StatusCode);
        var admin = await world.AdminAsync();

        var closed = await admin.PostAsJsonAsync($"/api/admin/garderie/services/{world.Service.Id}/closures", new { from = "2027-06-07", reason = "Grève" });

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var bookings = await world.BookingsAsync();
        Assert.Equal("Cancelled", bookings.Single(b => b!["date"]!.GetValue<string>() == "2027-06-07")!["state"]!.GetValue<string>());
        Assert.Equal("Confirmed", bookings.Single(b => b!["date"]!.GetValue<string>() == "2027-06-08")!["state"]!.GetValue<string>());
        var mail = world.Booking.Platform.Mailbox.Last(world.Parent.Email);
        Assert.Equal("Garderie annulée le 07/06/2027", mail.Subject);
        Assert.Contains("Il ne vous sera pas facturé.", mail.TextBody, StringComparison.Ordinal);
    }

    private static object Presence(CareWorld world, Guid child, string? arrivedAt, string? leftAt, string date = "2027-06-07") =>
        new { date, slotId = world.Soir, familyId = world.Parent.FamilyId, childId = child, arrivedAt, leftAt };
}
