using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Concurrency;

/// <summary>Two host processes on one SQLite file, driven over real HTTP: money and seats hold under contention.</summary>
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
        var (family, clients) = await FamilyWithWalletAsync(100_00);
        var dates = await BookableDatesAsync(clients.Parent, family, 25);
        var orders = new List<Guid>();
        foreach (var date in dates)
        {
            foreach (var child in family.Children)
            {
                orders.Add(await OrderAsync(clients.Parent, family, child, date));
            }
        }

        var secondParent = await LoginAsync(second, family.Email);
        var payments = await Task.WhenAll(orders.Select((order, i) =>
            (i % 2 == 0 ? clients.Parent : secondParent).PostAsJsonAsync($"/api/families/{family.Id}/orders/{order}/payments", new { provider = "wallet" })));

        var odd = payments.Where(p => p.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest)).ToList();
        Assert.True(odd.Count == 0, string.Join("\n", first.Log.Concat(second.Log).Where(l => l.Contains("fail", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)).Take(20)));
        Assert.Equal(26, payments.Count(p => p.StatusCode == HttpStatusCode.OK));
        Assert.Equal(24, payments.Count(p => p.StatusCode == HttpStatusCode.BadRequest));
        var wallet = await clients.Parent.GetFromJsonAsync<JsonObject>($"/api/families/{family.Id}/wallet");
        Assert.Equal(1_20, wallet!["totalCents"]!.GetValue<long>());
        Assert.Equal(1_20, wallet["movements"]!.AsArray().Sum(m => m!["cents"]!.GetValue<long>()));
        Assert.Equal(27, wallet["movements"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_same_cart_checked_out_on_both_hosts_at_once_is_ordered_and_paid_once()
    {
        var (family, clients) = await FamilyWithWalletAsync(50_00);
        var dates = await BookableDatesAsync(clients.Parent, family, 1);
        var added = await clients.Parent.PostAsJsonAsync($"/api/families/{family.Id}/cantine/cart", new
        {
            serviceId = family.ServiceId, childIds = family.Children, dates = dates.Select(d => d.ToString("yyyy-MM-dd")),
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var secondParent = await LoginAsync(second, family.Email);

        var checkouts = await Task.WhenAll(
            clients.Parent.PostAsJsonAsync($"/api/families/{family.Id}/cart/checkout", new { regieId = family.RegieId }),
            secondParent.PostAsJsonAsync($"/api/families/{family.Id}/cart/checkout", new { regieId = family.RegieId }));
        var order = Assert.Single(checkouts, c => c.StatusCode == HttpStatusCode.Created);
        var orderId = (await order.ReadObjectAsync()).Id();
        var payments = await Task.WhenAll(
            clients.Parent.PostAsJsonAsync($"/api/families/{family.Id}/orders/{orderId}/payments", new { provider = "wallet" }),
            secondParent.PostAsJsonAsync($"/api/families/{family.Id}/orders/{orderId}/payments", new { provider = "wallet" }));

        Assert.Single(payments, p => p.StatusCode == HttpStatusCode.OK);
        var wallet = await clients.Parent.GetFromJsonAsync<JsonObject>($"/api/families/{family.Id}/wallet");
        Assert.Equal(50_00 - (2 * 3_80), wallet!["totalCents"]!.GetValue<long>());
    }

    private async Task<(FamilyIds Family, (HttpClient Parent, HttpClient Admin) Clients)> FamilyWithWalletAsync(long credit)
    {
        var admin = await LoginAsync(first, TestPlatform.AdminEmail);
        await Created(admin.PostAsJsonAsync("/api/admin/communes", new { slug = "alpha", name = "Alpha" }));
        var regie = (await Created(admin.PostAsJsonAsync("/api/admin/regies", new { name = "Régie" }))).Id();
        var service = await Created(admin.PostAsJsonAsync("/api/admin/services", new
        {
            commune = "alpha", moduleId = "cantine", regieId = regie, name = "Cantine d'Alpha",
            tariffCategories = new[] { new { name = "Service cantine" } }, requiredDocuments = Array.Empty<object>(),
        }));
        var serviceId = service.Id();
        var tariff = service["tariffCategories"]![0]!.Id();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Ok(admin.PutAsJsonAsync($"/api/admin/cantine/services/{serviceId}/deadlines", new
        {
            booking = new { kind = "daysBefore", days = 2, workingDaysOnly = true, at = "10:00:00" },
            cancellation = new { kind = "daysBefore", days = 1, workingDaysOnly = true, at = "10:00:00" },
        }));
        await Ok(admin.PostAsJsonAsync($"/api/admin/cantine/services/{serviceId}/periods", new
        {
            label = "Période de test", start = today.AddDays(10).ToString("yyyy-MM-dd"), end = today.AddDays(200).ToString("yyyy-MM-dd"),
            openingDays = new[] { "Monday", "Tuesday", "Thursday", "Friday" },
        }));
        await Ok(admin.PutAsJsonAsync($"/api/admin/cantine/services/{serviceId}/prices", new { tariffCategoryId = tariff, cents = 380 }));
        await Created(admin.PostAsJsonAsync("/api/admin/agents", new
        {
            email = TenancySetup.AgentAlpha, firstName = "Anne", lastName = "Alpha", password = TestPlatform.Password, communes = new[] { "alpha" },
        }));

        const string email = "deux.hotes@example.fr";
        await Created(new HttpClient { BaseAddress = first.Address }.PostAsJsonAsync("/api/account/register", ApiDriver.RegisterBody(email)));
        var link = Directory.GetFiles(Path.Combine(data, "mail"), "*.eml").Select(f => MimeKit.MimeMessage.Load(f)).Single(m => m.To.ToString().Contains(email, StringComparison.Ordinal));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(System.Text.RegularExpressions.Regex.Match(link.TextBody!, @"https?://\S+").Value).Query);
        await Ok(new HttpClient { BaseAddress = first.Address }.PostAsJsonAsync("/api/account/confirm-email", new { userId = Guid.Parse(query["userId"]!), code = query["code"].ToString() }));
        var parent = await LoginAsync(first, email);
        var familyId = (await parent.GetFromJsonAsync<JsonArray>("/api/families"))![0]!.Id();
        var children = new List<Guid>();
        foreach (var name in new[] { "Léa", "Hugo" })
        {
            children.Add((await Created(parent.PostAsJsonAsync($"/api/families/{familyId}/children", new { firstName = name, lastName = "Martin", birthDate = "2018-03-14", filiation = "Mere" }))).Id());
        }

        using var form = new MultipartFormDataContent { { new StringContent(serviceId.ToString()), "serviceId" }, { new StringContent(tariff.ToString()), "tariffCategoryId" } };
        children.ForEach(c => form.Add(new StringContent(c.ToString()), "childIds"));
        var request = (await Created(parent.PostAsync($"/api/families/{familyId}/access-requests", form))).Id();
        var agent = await LoginAsync(first, TenancySetup.AgentAlpha);
        await Ok(agent.PostAsync($"/api/agent/access-requests/{request}/validate", null));
        await Ok(agent.PostAsJsonAsync("/api/agent/wallet/credits", new { familyId, serviceId, forServiceOnly = false, cents = credit, receiptNumber = "R-1", method = "Especes" }));
        return (new FamilyIds(familyId, email, serviceId, regie, children), (parent, admin));
    }

    private static async Task<IReadOnlyList<DateOnly>> BookableDatesAsync(HttpClient parent, FamilyIds family, int count)
    {
        var dates = new List<DateOnly>();
        var month = DateOnly.FromDateTime(DateTime.UtcNow);
        while (dates.Count < count)
        {
            var calendar = await parent.GetFromJsonAsync<JsonObject>($"/api/communes/alpha/cantine/services/{family.ServiceId}/calendar?month={month:yyyy-MM}");
            dates.AddRange(calendar!["days"]!.AsArray().Where(d => d!["state"]!.GetValue<string>() == "Bookable").Select(d => DateOnly.Parse(d!["date"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)));
            month = month.AddMonths(1);
        }

        return dates.Take(count).ToList();
    }

    private static async Task<Guid> OrderAsync(HttpClient parent, FamilyIds family, Guid child, DateOnly date)
    {
        await Ok(parent.PostAsJsonAsync($"/api/families/{family.Id}/cantine/cart", new { serviceId = family.ServiceId, childIds = new[] { child }, dates = new[] { date.ToString("yyyy-MM-dd") } }));
        return (await Created(parent.PostAsJsonAsync($"/api/families/{family.Id}/cart/checkout", new { regieId = family.RegieId }))).Id();
    }

    private static async Task<HttpClient> LoginAsync(HostProcess host, string email)
    {
        var client = host.Client();
        var login = await client.PostAsJsonAsync("/api/account/login", new { email, password = TestPlatform.Password });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.ReadObjectAsync())["accessToken"]!.GetValue<string>());
        return client;
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

    private sealed record FamilyIds(Guid Id, string Email, Guid ServiceId, Guid RegieId, IReadOnlyList<Guid> Children);
}
