using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Garderie;

/// <summary>The booking world of the cantine tests (Alpha, a family with Léa and Hugo, Thursday 20 May 2027 at 10:00 in
/// Paris) plus Alpha's garderie: matin 07:30–08:30 at 1,50 € and soir 16:30–18:30 at 2,50 € on school days, booked
/// and cancelled the day before at 18:00, late bookings at +50 %, 5 € per started quarter of an hour of late pick-up.</summary>
public sealed class CareWorld : IAsyncDisposable
{
    public static readonly DateOnly Monday = new(2027, 6, 7);
    public static readonly DateOnly Tuesday = new(2027, 6, 8);

    private CareWorld(BookingWorld booking) => Booking = booking;

    public BookingWorld Booking { get; }

    public TenancySetup.ServiceIds Service { get; private set; } = null!;

    public Guid Matin { get; private set; }

    public Guid Soir { get; private set; }

    public Parent Parent => Booking.Parent;

    public string Base => $"/api/families/{Parent.FamilyId}/garderie";

    public static async Task<CareWorld> CreateAsync(string billing = "AtBooking") => await OnAsync(await BookingWorld.CreateAsync(), billing);

    /// <summary>Adds the garderie to an existing booking world (which its disposal disposes).</summary>
    public static async Task<CareWorld> OnAsync(BookingWorld booking, string billing)
    {
        var world = new CareWorld(booking);
        await world.InitialiseAsync(billing);
        return world;
    }

    public Task<HttpResponseMessage> BookAsync(IEnumerable<(DateOnly Date, Guid Slot)> items, params Guid[] children) =>
        Parent.Client.PostAsJsonAsync($"{Base}/bookings", new
        {
            serviceId = Service.Id, childIds = children, items = items.Select(i => new { date = i.Date.ToString("yyyy-MM-dd"), slotId = i.Slot }),
        });

    public async Task<JsonArray> BookingsAsync(string month = "2027-06") =>
        (await Parent.Client.GetFromJsonAsync<JsonArray>($"{Base}/bookings?month={month}"))!;

    public async Task<HttpClient> AdminAsync() => await Booking.Platform.AdminAsync();

    public ValueTask DisposeAsync() => Booking.DisposeAsync();

    private async Task InitialiseAsync(string billing)
    {
        var admin = await AdminAsync();
        var regie = (await admin.GetFromJsonAsync<JsonArray>("/api/admin/services"))!.Single(s => s!.Id() == Booking.Tenancy.Alpha.Id)!.Id("regieId");
        Service = await TenancySetup.ServiceAsync(admin, "alpha", regie, "Garderie d'Alpha", "garderie");
        var root = $"/api/admin/garderie/services/{Service.Id}";
        await Ok(admin.PutAsJsonAsync($"{root}/settings", new { billing, lateBookingSurchargePercent = 50, latePickupCentsPerQuarter = 500 }));
        var schoolDays = new[] { "Monday", "Tuesday", "Thursday", "Friday" };
        await Ok(admin.PostAsJsonAsync($"{root}/slots", new { label = "Matin", start = "07:30", end = "08:30", weekdays = schoolDays }));
        var slots = await Ok(admin.PostAsJsonAsync($"{root}/slots", new { label = "Soir", start = "16:30", end = "18:30", weekdays = schoolDays }));
        Matin = slots["slots"]!.AsArray().Single(s => s!["label"]!.GetValue<string>() == "Matin")!.Id();
        Soir = slots["slots"]!.AsArray().Single(s => s!["label"]!.GetValue<string>() == "Soir")!.Id();
        await Ok(admin.PutAsJsonAsync($"{root}/deadlines", new
        {
            booking = new { kind = "daysBefore", days = 1, workingDaysOnly = false, at = "18:00:00" },
            cancellation = new { kind = "daysBefore", days = 1, workingDaysOnly = false, at = "18:00:00" },
        }));
        await Ok(admin.PostAsJsonAsync($"{root}/periods", new { label = "Année scolaire 2026-2027", start = "2026-09-01", end = "2027-07-03", openingDays = schoolDays }));
        await Ok(admin.PutAsJsonAsync($"{root}/prices", new { tariffCategoryId = Service.TariffId, itemId = Matin, cents = 150 }));
        await Ok(admin.PutAsJsonAsync($"{root}/prices", new { tariffCategoryId = Service.TariffId, itemId = Soir, cents = 250 }));

        var request = await (await Parent.RequestAccessAsync(Service, [Booking.Lea, Booking.Hugo])).ReadObjectAsync();
        Assert.Equal(HttpStatusCode.OK, (await Booking.Agent.PostAsync($"/api/agent/access-requests/{request.Id()}/validate", null)).StatusCode);
    }

    private static async Task<JsonObject> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
