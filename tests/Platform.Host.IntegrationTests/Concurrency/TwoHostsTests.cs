using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Concurrency;

/// <summary>Two host processes on one SQLite file, driven over real HTTP: money and seats hold under contention.</summary>
[Collection(ProcessCollection.Name)]
public sealed class TwoHostsTests : IAsyncLifetime
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "platform-tests", $"two-hosts-{Guid.NewGuid():N}");
    private HostProcess first = null!;
    private HostProcess second = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(data);
        first = await HostProcess.StartAsync(data);
        second = await HostProcess.StartAsync(data);
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Fifty_parallel_wallet_payments_on_two_hosts_never_overdraw()
    {
        var (family, parent) = await FamilyWithWalletAsync(100_00);
        var dates = family.BookableDates.Take(25).ToList();
        var orders = new List<Guid>();
        foreach (var date in dates)
        {
            foreach (var child in family.Children)
            {
                orders.Add(await OrderAsync(parent, family, child, date));
            }
        }

        var secondParent = await HttpWorld.LoginAsync(second.Address, family.Email);
        var payments = await Task.WhenAll(orders.Select((order, i) =>
            (i % 2 == 0 ? parent : secondParent).PostAsJsonAsync($"/api/families/{family.Id}/orders/{order}/payments", new { provider = "wallet" })));

        var odd = payments.Where(p => p.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest)).ToList();
        Assert.True(odd.Count == 0, string.Join("\n", first.Log.Concat(second.Log).Where(l => l.Contains("fail", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)).Take(20)));
        Assert.Equal(26, payments.Count(p => p.StatusCode == HttpStatusCode.OK));
        Assert.Equal(24, payments.Count(p => p.StatusCode == HttpStatusCode.BadRequest));
        var wallet = await parent.GetFromJsonAsync<JsonObject>($"/api/families/{family.Id}/wallet");
        Assert.Equal(1_20, wallet!["totalCents"]!.GetValue<long>());
        Assert.Equal(1_20, wallet["movements"]!.AsArray().Sum(m => m!["cents"]!.GetValue<long>()));
        Assert.Equal(27, wallet["movements"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_same_cart_checked_out_on_both_hosts_at_once_is_ordered_and_paid_once()
    {
        var (family, parent) = await FamilyWithWalletAsync(50_00);
        var dates = family.BookableDates.Take(1).ToList();
        var added = await parent.PostAsJsonAsync($"/api/families/{family.Id}/cantine/cart", new
        {
            serviceId = family.ServiceId, childIds = family.Children, dates = dates.Select(d => d.ToString("yyyy-MM-dd")),
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var secondParent = await HttpWorld.LoginAsync(second.Address, family.Email);

        var checkouts = await Task.WhenAll(
            parent.PostAsJsonAsync($"/api/families/{family.Id}/cart/checkout", new { regieId = family.RegieId }),
            secondParent.PostAsJsonAsync($"/api/families/{family.Id}/cart/checkout", new { regieId = family.RegieId }));
        var order = Assert.Single(checkouts, c => c.StatusCode == HttpStatusCode.Created);
        var orderId = (await order.ReadObjectAsync()).Id();
        var payments = await Task.WhenAll(
            parent.PostAsJsonAsync($"/api/families/{family.Id}/orders/{orderId}/payments", new { provider = "wallet" }),
            secondParent.PostAsJsonAsync($"/api/families/{family.Id}/orders/{orderId}/payments", new { provider = "wallet" }));

        Assert.Single(payments, p => p.StatusCode == HttpStatusCode.OK);
        var wallet = await parent.GetFromJsonAsync<JsonObject>($"/api/families/{family.Id}/wallet");
        Assert.Equal(50_00 - (2 * 3_80), wallet!["totalCents"]!.GetValue<long>());
    }

    private async Task<(FamilyIds Family, HttpClient Parent)> FamilyWithWalletAsync(long credit)
    {
        var world = await HttpWorld.CreateAsync(first.Address, data);
        var family = await world.AddFamilyAsync("deux.hotes@example.fr", children: 2, walletCents: credit);
        var dates = await world.BookableDatesAsync(family.Parent, 40);
        return (new FamilyIds(family.Id, family.Email, world.ServiceId, world.RegieId, family.Children, dates), family.Parent);
    }

    private static async Task<Guid> OrderAsync(HttpClient parent, FamilyIds family, Guid child, DateOnly date)
    {
        await Ok(parent.PostAsJsonAsync($"/api/families/{family.Id}/cantine/cart", new { serviceId = family.ServiceId, childIds = new[] { child }, dates = new[] { date.ToString("yyyy-MM-dd") } }));
        return (await Created(parent.PostAsJsonAsync($"/api/families/{family.Id}/cart/checkout", new { regieId = family.RegieId }))).Id();
    }

    private static async Task<JsonObject> Created(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadObjectAsync();
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private sealed record FamilyIds(Guid Id, string Email, Guid ServiceId, Guid RegieId, IReadOnlyList<Guid> Children, IReadOnlyList<DateOnly> BookableDates);
}
