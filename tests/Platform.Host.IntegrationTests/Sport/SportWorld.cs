using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Jobs;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Sport;

/// <summary>The booking world (Alpha, Léa born 2018 and Hugo born 2020, Thursday 20 May 2027 at 10:00 in Paris) plus
/// Alpha's sport service: "Multisport 6-10 ans", open since 09:00, one Wednesday session (9 June, 14:00–16:00) at 6 €
/// with <c>seats</c> seats; and a sailing stage for 8-12 year olds (three days, 15 € each), opening on 1 June at 08:00.
/// Booking closes the day before at noon, cancellation two days before.</summary>
public sealed class SportWorld : IAsyncDisposable
{
    public static readonly DateOnly Wednesday = new(2027, 6, 9);

    private SportWorld(BookingWorld booking) => Booking = booking;

    public BookingWorld Booking { get; }

    public TenancySetup.ServiceIds Service { get; private set; } = null!;

    public Guid Multisport { get; private set; }

    public Guid Session { get; private set; }

    public Guid Stage { get; private set; }

    public IReadOnlyList<Guid> StageSessions { get; private set; } = [];

    public static async Task<SportWorld> CreateAsync(int seats, bool postgres = false) =>
        await OnAsync(await BookingWorld.CreateAsync(postgres: postgres), seats);

    /// <summary>Adds the sport service to an existing booking world (which its disposal disposes).</summary>
    public static async Task<SportWorld> OnAsync(BookingWorld booking, int seats)
    {
        var world = new SportWorld(booking);
        await world.InitialiseAsync(seats);
        return world;
    }

    /// <summary>Another family of Alpha with one child born in 2018, validated on the sport service.</summary>
    public async Task<(Parent Parent, Guid Child)> FamilyAsync(string email)
    {
        var parent = await Booking.Platform.RegisterParentAsync(email);
        var child = await parent.AddChildAsync("Emma", "2018-05-02");
        var request = await (await parent.RequestAccessAsync(Service, [child])).ReadObjectAsync();
        Assert.Equal(HttpStatusCode.OK, (await Booking.Agent.PostAsync($"/api/agent/access-requests/{request.Id()}/validate", null)).StatusCode);
        return (parent, child);
    }

    public Task<HttpResponseMessage> BookAsync(Parent parent, Guid child, params Guid[] sessions) =>
        parent.Client.PostAsJsonAsync($"/api/families/{parent.FamilyId}/sport/bookings", new
        {
            serviceId = Service.Id, choices = sessions.Select(s => new { childId = child, sessionId = s }),
        });

    public Task<HttpResponseMessage> CheckoutAsync(Parent parent) =>
        parent.Client.PostAsJsonAsync($"/api/families/{parent.FamilyId}/cart/checkout", new { regieId = Booking.RegieId });

    public async Task<JsonObject> SessionAsync(Guid sessionId)
    {
        var admin = await Booking.Platform.AdminAsync();
        var activities = await admin.GetFromJsonAsync<JsonArray>($"/api/admin/sport/services/{Service.Id}/activities");
        return activities!.SelectMany(a => a!["sessions"]!.AsArray()).Single(s => s!.Id() == sessionId)!.AsObject();
    }

    public async Task RunWaitlistJobAsync()
    {
        using var scope = Booking.Platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ModuleJobRunner>().RunAsync("sport:waitlist", "sport", "alpha", CancellationToken.None);
    }

    public ValueTask DisposeAsync() => Booking.DisposeAsync();

    private async Task InitialiseAsync(int seats)
    {
        var admin = await Booking.Platform.AdminAsync();
        var regie = (await admin.GetFromJsonAsync<JsonArray>("/api/admin/services"))!.Single(s => s!.Id() == Booking.Tenancy.Alpha.Id)!.Id("regieId");
        Service = await TenancySetup.ServiceAsync(admin, "alpha", regie, "Mercredis sportifs", "sport");
        var root = $"/api/admin/sport/services/{Service.Id}";
        await Ok(admin.PutAsJsonAsync($"{root}/deadlines", new
        {
            booking = new { kind = "daysBefore", days = 1, workingDaysOnly = false, at = "12:00:00" },
            cancellation = new { kind = "daysBefore", days = 2, workingDaysOnly = false, at = "12:00:00" },
        }));
        Multisport = await Id(admin.PostAsJsonAsync($"{root}/activities", new
        {
            name = "Multisport 6-10 ans", place = "Gymnase de Villars", minAge = 6, maxAge = 10, opensAt = "2027-05-20T09:00:00", isStage = false, offerHours = 24,
        }));
        Session = await Id(admin.PostAsJsonAsync($"{root}/activities/{Multisport}/sessions", new { date = "2027-06-09", start = "14:00", end = "16:00", capacity = seats }));
        Stage = await Id(admin.PostAsJsonAsync($"{root}/activities", new
        {
            name = "Stage de voile", place = "Lac de Bouvent", minAge = 8, maxAge = 12, opensAt = "2027-06-01T08:00:00", isStage = true, offerHours = 24,
        }));
        var stage = new List<Guid>();
        foreach (var day in new[] { "2027-07-07", "2027-07-08", "2027-07-09" })
        {
            stage.Add(await Id(admin.PostAsJsonAsync($"{root}/activities/{Stage}/sessions", new { date = day, start = "09:30", end = "16:30", capacity = 2 })));
        }

        StageSessions = stage;
        await Ok(admin.PutAsJsonAsync($"{root}/prices", new { tariffCategoryId = Service.TariffId, itemId = Multisport, cents = 600 }));
        await Ok(admin.PutAsJsonAsync($"{root}/prices", new { tariffCategoryId = Service.TariffId, itemId = Stage, cents = 1500 }));
        var request = await (await Booking.Parent.RequestAccessAsync(Service, [Booking.Lea, Booking.Hugo])).ReadObjectAsync();
        Assert.Equal(HttpStatusCode.OK, (await Booking.Agent.PostAsync($"/api/agent/access-requests/{request.Id()}/validate", null)).StatusCode);
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> Id(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<Guid>();
    }
}
