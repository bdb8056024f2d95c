using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Garderie;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Sport;

/// <summary>An activity for some school classes (CP to CE2): the class the parent gave decides, in the calendar and at
/// booking, with a message that says what to do when it is missing.</summary>
public sealed class ClassRangeTests
{
    [Fact]
    public async Task Children_outside_the_class_range_or_without_a_class_are_refused_with_a_clear_message()
    {
        await using var world = await SportWorld.CreateAsync(seats: 3);
        var booking = world.Booking;
        var admin = await booking.Platform.AdminAsync();
        var root = $"/api/admin/sport/services/{world.Service.Id}";
        var wrong = await admin.PostAsJsonAsync($"{root}/activities", Tennis(minClass: "CE7"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Les classes sont des niveaux scolaires", await CareBookingTests.Problem(wrong), StringComparison.Ordinal);
        var tennis = await (await admin.PostAsJsonAsync($"{root}/activities", Tennis(minClass: "cp", maxClass: "ce 2"))).Content.ReadFromJsonAsync<Guid>();
        var session = await (await admin.PostAsJsonAsync($"{root}/activities/{tennis}/sessions", new { date = "2027-06-16", start = "14:00", end = "15:30", capacity = 8 })).Content.ReadFromJsonAsync<Guid>();
        (await admin.PutAsJsonAsync($"{root}/prices", new { tariffCategoryId = world.Service.TariffId, itemId = tennis, cents = 500 })).EnsureSuccessStatusCode();
        var listed = (await admin.GetFromJsonAsync<JsonArray>($"{root}/activities"))!.Single(a => a!.Id() == tennis)!;
        Assert.Equal(("CP", "CE2"), (listed["minClass"]!.GetValue<string>(), listed["maxClass"]!.GetValue<string>()));

        await ClassAsync(booking, booking.Hugo, "Hugo", "CM1 – Mme Durand");
        var outside = await world.BookAsync(booking.Parent, booking.Hugo, session);
        await ClassAsync(booking, booking.Hugo, "Hugo", null);
        var unknown = await world.BookAsync(booking.Parent, booking.Hugo, session);
        var inside = await world.BookAsync(booking.Parent, booking.Lea, session); // Léa is in CE1

        Assert.Contains("Hugo (CM1) n'est pas dans les classes de la séance « Initiation tennis » du mercredi 16/06/2027, réservée aux classes de CP à CE2.", await CareBookingTests.Problem(outside), StringComparison.Ordinal);
        Assert.Contains("réservée aux classes de CP à CE2 : indiquez la classe de Hugo dans « Ma famille ».", await CareBookingTests.Problem(unknown), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        var browser = await booking.Platform.BrowserLoginAsync(booking.Parent.Email);
        var june = WebUtility.HtmlDecode(await browser.GetStringAsync("/reserver?mois=2027-06"));
        Assert.Contains("Initiation tennis de </span>Léa", june, StringComparison.Ordinal);
        Assert.Contains("réservé aux classes de CP à CE2 : indiquez la classe de Hugo dans « Ma famille »", june, StringComparison.Ordinal);
        await ClassAsync(booking, booking.Hugo, "Hugo", "CM1");
        var juneInCm1 = WebUtility.HtmlDecode(await browser.GetStringAsync("/reserver?mois=2027-06"));
        Assert.DoesNotContain("Initiation tennis de </span>Hugo", juneInCm1, StringComparison.Ordinal);
    }

    private static object Tennis(string minClass, string? maxClass = null) => new
    {
        name = "Initiation tennis", place = "Courts municipaux", minClass, maxClass, opensAt = "2027-05-20T09:00:00", isStage = false, offerHours = 24,
    };

    private static async Task ClassAsync(Cantine.BookingWorld booking, Guid child, string firstName, string? schoolClass) =>
        (await booking.Parent.Client.PutAsJsonAsync($"/api/families/{booking.Parent.FamilyId}/children/{child}", new
        {
            firstName, lastName = "Martin", birthDate = "2020-09-02", filiation = "Mere", schoolClass,
        })).EnsureSuccessStatusCode();
}
