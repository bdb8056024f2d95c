using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.IntegrationTests.Support;
using Platform.Host.Ordering;
using Xunit;

namespace Platform.Host.IntegrationTests.Cantine;

/// <summary>Commune Alpha's cantine configured like the Dombes guide (3,80 € a meal, booking 2 working days before at
/// 10:00, cancellation 1 working day before at 10:00), and a family with two children whose access is validated.
/// The clock stands on Thursday 20 May 2027, 10:00 in Paris.</summary>
public sealed class BookingWorld : IAsyncDisposable
{
    public static readonly DateOnly[] FourDays = [new(2027, 6, 7), new(2027, 6, 8), new(2027, 6, 10), new(2027, 6, 11)];

    private BookingWorld(TestPlatform platform, SettableClock clock)
    {
        Platform = platform;
        Clock = clock;
    }

    public TestPlatform Platform { get; }

    public SettableClock Clock { get; }

    public TenancySetup Tenancy { get; private set; } = null!;

    public Parent Parent { get; private set; } = null!;

    /// <summary>Moves the clock; bearer tokens expire with it, so both users sign in again.</summary>
    public async Task MoveClockAsync(DateTimeOffset now)
    {
        Clock.Now = now;
        Parent = Parent with { Client = await Platform.LoginAsync(Parent.Email) };
        Agent = await Platform.LoginAsync(TenancySetup.AgentAlpha);
    }

    public Guid Lea { get; private set; }

    public Guid Hugo { get; private set; }

    public HttpClient Agent { get; private set; } = null!;

    public static async Task<BookingWorld> CreateAsync(Action<IServiceCollection>? services = null, bool onSocket = false, bool postgres = false)
    {
        var clock = new SettableClock(new DateTimeOffset(2027, 5, 20, 8, 0, 0, TimeSpan.Zero));
        var world = new BookingWorld(new TestPlatform(clock: clock, services: services, postgres: postgres), clock);
        if (onSocket)
        {
            LiveServer.Listen(world.Platform);
        }

        await world.InitialiseAsync();
        return world;
    }

    public async Task CreditAsync(long cents, string receipt = "R-1")
    {
        var credited = await Agent.PostAsJsonAsync("/api/agent/wallet/credits", new
        {
            familyId = Parent.FamilyId, serviceId = Tenancy.Alpha.Id, forServiceOnly = false, cents, receiptNumber = receipt, method = "Especes",
        });
        Assert.Equal(HttpStatusCode.OK, credited.StatusCode);
    }

    public Task<HttpResponseMessage> AddToCartAsync(IEnumerable<DateOnly> dates, params Guid[] children) =>
        Parent.Client.PostAsJsonAsync($"/api/families/{Parent.FamilyId}/cantine/cart", new
        {
            serviceId = Tenancy.Alpha.Id, childIds = children, dates = dates.Select(d => d.ToString("yyyy-MM-dd")),
        });

    public Task<HttpResponseMessage> CheckoutAsync() =>
        Parent.Client.PostAsJsonAsync($"/api/families/{Parent.FamilyId}/cart/checkout", new { regieId = RegieId });

    public async Task<JsonObject> OrderAsync(IEnumerable<DateOnly> dates, params Guid[] children)
    {
        Assert.Equal(HttpStatusCode.OK, (await AddToCartAsync(dates, children)).StatusCode);
        var checkout = await CheckoutAsync();
        Assert.True(checkout.StatusCode == HttpStatusCode.Created, await checkout.Content.ReadAsStringAsync());
        return await checkout.ReadObjectAsync();
    }

    public Task<HttpResponseMessage> PayAsync(Guid orderId, string provider = "wallet") =>
        Parent.Client.PostAsJsonAsync($"/api/families/{Parent.FamilyId}/orders/{orderId}/payments", new { provider });

    public async Task<long> WalletAsync() =>
        (await Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{Parent.FamilyId}/wallet"))!["totalCents"]!.GetValue<long>();

    public async Task<JsonArray> BookingsAsync(string month = "2027-06") =>
        (await Parent.Client.GetFromJsonAsync<JsonArray>($"/api/families/{Parent.FamilyId}/cantine/bookings?month={month}"))!;

    public async Task RunOrderJobsAsync()
    {
        using var scope = Platform.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<OrderJobs>().RunAsync(CancellationToken.None);
    }

    public Guid RegieId { get; private set; }

    public async ValueTask DisposeAsync() => await Platform.DisposeAsync();

    private async Task InitialiseAsync()
    {
        Tenancy = await TenancySetup.CreateAsync(Platform);
        var admin = await Platform.AdminAsync();
        var schedule = $"/api/admin/cantine/services/{Tenancy.Alpha.Id}";
        await Ok(admin.PutAsJsonAsync($"{schedule}/deadlines", new
        {
            booking = new { kind = "daysBefore", days = 2, workingDaysOnly = true, at = "10:00:00" },
            cancellation = new { kind = "daysBefore", days = 1, workingDaysOnly = true, at = "10:00:00" },
        }));
        await Ok(admin.PostAsJsonAsync($"{schedule}/periods", new
        {
            label = "Année scolaire 2026-2027", start = "2026-09-01", end = "2027-07-03", openingDays = new[] { "Monday", "Tuesday", "Thursday", "Friday" },
        }));
        await Ok(admin.PutAsJsonAsync($"{schedule}/prices", new { tariffCategoryId = Tenancy.Alpha.TariffId, cents = 380 }));
        RegieId = (await admin.GetFromJsonAsync<JsonArray>("/api/admin/services"))!.Single(s => s!.Id() == Tenancy.Alpha.Id)!.Id("regieId");

        Parent = await Platform.RegisterParentAsync("famille.cantine@example.fr");
        Lea = await Parent.AddChildAsync("Léa", "2018-03-14");
        Hugo = await Parent.AddChildAsync("Hugo", "2020-09-02");
        var request = await (await Parent.RequestAccessAsync(Tenancy.Alpha, [Lea, Hugo])).ReadObjectAsync();
        Agent = await Platform.LoginAsync(TenancySetup.AgentAlpha);
        Assert.Equal(HttpStatusCode.OK, (await Agent.PostAsync($"/api/agent/access-requests/{request.Id()}/validate", null)).StatusCode);
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
