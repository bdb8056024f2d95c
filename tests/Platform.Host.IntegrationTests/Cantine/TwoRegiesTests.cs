using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Cantine;

public sealed class TwoRegiesTests
{
    [Fact]
    public async Task A_cart_spanning_two_regies_becomes_one_order_and_one_payment_per_regie()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        var admin = await world.Platform.AdminAsync();
        var regie = (await (await admin.PostAsJsonAsync("/api/admin/regies", new { name = "Régie du centre de loisirs" })).ReadObjectAsync()).Id();
        var service = await (await admin.PostAsJsonAsync("/api/admin/services", new
        {
            commune = "alpha", moduleId = "cantine", regieId = regie, name = "Cantine du centre de loisirs",
            tariffCategories = new[] { new { name = "Tarif unique" } }, requiredDocuments = Array.Empty<object>(),
        })).ReadObjectAsync();
        var schedule = $"/api/admin/cantine/services/{service.Id()}";
        await admin.PutAsJsonAsync($"{schedule}/deadlines", new
        {
            booking = new { kind = "daysBefore", days = 2, workingDaysOnly = true, at = "10:00:00" },
            cancellation = new { kind = "daysBefore", days = 1, workingDaysOnly = true, at = "10:00:00" },
        });
        await admin.PostAsJsonAsync($"{schedule}/periods", new { label = "Été", start = "2027-06-01", end = "2027-07-31", openingDays = new[] { "Wednesday" } });
        await admin.PutAsJsonAsync($"{schedule}/prices", new { tariffCategoryId = service["tariffCategories"]![0]!.Id(), cents = 415 });
        using var form = new MultipartFormDataContent
        {
            { new StringContent(service.Id().ToString()), "serviceId" },
            { new StringContent(service["tariffCategories"]![0]!.Id().ToString()), "tariffCategoryId" },
            { new StringContent(world.Lea.ToString()), "childIds" },
        };
        var request = await (await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/access-requests", form)).ReadObjectAsync();
        await world.Agent.PostAsync($"/api/agent/access-requests/{request.Id()}/validate", null);

        await world.AddToCartAsync([new DateOnly(2027, 6, 7)], world.Lea);
        var added = await world.Parent.Client.PostAsJsonAsync($"/api/families/{world.Parent.FamilyId}/cantine/cart", new
        {
            serviceId = service.Id(), childIds = new[] { world.Lea }, dates = new[] { "2027-06-09" },
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var cart = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/cart");
        Assert.Equal(2, cart!["groups"]!.AsArray().Count);

        var first = await (await world.CheckoutAsync()).ReadObjectAsync();
        var second = await (await world.Parent.Client.PostAsJsonAsync($"/api/families/{world.Parent.FamilyId}/cart/checkout", new { regieId = regie })).ReadObjectAsync();
        Assert.Equal(380, first["totalCents"]!.GetValue<long>());
        Assert.Equal(415, second["totalCents"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.OK, (await world.PayAsync(first.Id())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.PayAsync(second.Id())).StatusCode);
        Assert.Equal(5000 - 380 - 415, await world.WalletAsync());
        Assert.Empty((await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/cart"))!["groups"]!.AsArray());
    }
}
