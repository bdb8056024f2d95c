using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Cantine;

/// <summary>A cantine service configured through the administrator API, seen by a parent as a month calendar.</summary>
public sealed class CantineScheduleTests
{
    private static readonly SettableClock Clock = new(new DateTimeOffset(2027, 5, 20, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Configured_periods_closures_and_deadlines_make_the_parents_calendar()
    {
        using var platform = new TestPlatform(clock: Clock);
        var tenancy = await TenancySetup.CreateAsync(platform);
        var admin = await platform.AdminAsync();
        var schedule = $"/api/admin/cantine/services/{tenancy.Alpha.Id}";
        await Ok(admin.PutAsJsonAsync($"{schedule}/deadlines", new
        {
            booking = new { kind = "weekdayOfEarlierWeek", day = "Tuesday", weeksBefore = 1, at = "09:30:00" },
            cancellation = new { kind = "daysBefore", days = 2, workingDaysOnly = true, at = "10:00:00" },
        }));
        await Ok(admin.PostAsJsonAsync($"{schedule}/periods", new
        {
            label = "Année scolaire 2026-2027", start = "2026-09-01", end = "2027-07-03",
            openingDays = new[] { "Monday", "Tuesday", "Thursday", "Friday" },
        }));
        await Ok(admin.PostAsJsonAsync($"{schedule}/closures", new { from = "2027-06-14", to = "2027-06-15", reason = "Sortie scolaire" }));
        var configured = await Ok(admin.PutAsJsonAsync($"{schedule}/prices", new { tariffCategoryId = tenancy.Alpha.TariffId, cents = 380 }));
        Assert.Equal(380, configured["prices"]![0]!["cents"]!.GetValue<long>());
        Assert.Equal(2, configured["closures"]!.AsArray().Count);

        var parent = await platform.RegisterParentAsync("calendrier@example.fr");
        var june = await parent.Client.GetFromJsonAsync<JsonObject>($"/api/communes/alpha/cantine/services/{tenancy.Alpha.Id}/calendar?month=2027-06");
        var days = june!["days"]!.AsArray().ToDictionary(d => d!["date"]!.GetValue<string>());

        Assert.Equal(30, days.Count);
        Assert.Equal("Bookable", days["2027-06-07"]!["state"]!.GetValue<string>());
        Assert.Equal("2027-06-01T09:30:00", days["2027-06-07"]!["deadlineLocal"]!.GetValue<string>());
        Assert.Equal("NotServed", days["2027-06-09"]!["state"]!.GetValue<string>());
        Assert.Equal("Closed", days["2027-06-14"]!["state"]!.GetValue<string>());
        Assert.Equal("Sortie scolaire", days["2027-06-15"]!["reason"]!.GetValue<string>());

        var may = await parent.Client.GetFromJsonAsync<JsonObject>($"/api/communes/alpha/cantine/services/{tenancy.Alpha.Id}/calendar?month=2027-05");
        var mayDays = may!["days"]!.AsArray().ToDictionary(d => d!["date"]!.GetValue<string>());
        Assert.Equal("TooLate", mayDays["2027-05-24"]!["state"]!.GetValue<string>());  // deadline Tue 18/05 09:30
        Assert.Equal("Bookable", mayDays["2027-05-31"]!["state"]!.GetValue<string>()); // deadline Tue 25/05 09:30
    }

    [Theory]
    [InlineData("deadlines", """{ "booking": { "kind": "daysBefore", "days": 90, "at": "10:00:00" }, "cancellation": null }""", "booking")]
    [InlineData("periods", """{ "label": "Été", "start": "2027-07-10", "end": "2027-07-01", "openingDays": ["Monday"] }""", "start")]
    [InlineData("periods", """{ "label": "Été", "start": "2027-07-01", "end": "2027-07-10", "openingDays": [] }""", "openingDays")]
    [InlineData("closures", """{ "from": "2027-06-14", "reason": "" }""", "reason")]
    [InlineData("prices", """{ "cents": -5 }""", "cents")]
    public async Task Bad_schedule_settings_are_refused_with_a_message_per_field(string resource, string body, string field)
    {
        using var platform = new TestPlatform(clock: Clock);
        var tenancy = await TenancySetup.CreateAsync(platform);
        var admin = await platform.AdminAsync();
        var url = $"/api/admin/cantine/services/{tenancy.Alpha.Id}/{resource}";
        var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var before = SqliteInspector.Snapshot(platform);
        var response = resource is "deadlines" or "prices" ? await admin.PutAsync(url, content) : await admin.PostAsync(url, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadObjectAsync())["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"no error for {field}: {errors.ToJsonString()}");
        Assert.Equal(before, SqliteInspector.Snapshot(platform));
    }

    [Fact]
    public async Task A_calendar_asked_through_another_commune_or_with_a_bad_month_is_refused()
    {
        using var platform = new TestPlatform(clock: Clock);
        var tenancy = await TenancySetup.CreateAsync(platform);
        var parent = await platform.RegisterParentAsync("mois@example.fr");

        Assert.Equal(HttpStatusCode.NotFound, (await parent.Client.GetAsync($"/api/communes/beta/cantine/services/{tenancy.Alpha.Id}/calendar?month=2027-06")).StatusCode);
        var badMonth = await parent.Client.GetAsync($"/api/communes/alpha/cantine/services/{tenancy.Alpha.Id}/calendar?month=2027-13");
        Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
        Assert.Contains("AAAA-MM", await badMonth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonObject> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadObjectAsync();
    }
}
