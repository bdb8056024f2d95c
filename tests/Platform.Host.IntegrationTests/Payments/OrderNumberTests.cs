using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Application;
using Platform.Core.Ordering;
using Platform.Host.Data;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Payments;

/// <summary>Order numbers come from a per-day counter bumped in the order's own transaction: a rush never gives one
/// number twice (random numbers did, and the checkout answered 500).</summary>
public sealed class OrderNumberTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_thousand_orders_placed_in_parallel_get_a_thousand_distinct_numbers_of_the_day(bool postgres)
    {
        using var platform = new TestPlatform(postgres: postgres);
        var admin = await platform.AdminAsync();
        await admin.PostAsJsonAsync("/api/admin/communes", new { slug = "alpha", name = "Alpha" });
        var regie = (await (await admin.PostAsJsonAsync("/api/admin/regies", new { name = "Régie d'Alpha" })).ReadObjectAsync()).Id();
        var parent = await platform.RegisterParentAsync("numeros@example.fr");

        // 50 at a time: a PostgreSQL server accepts 100 connections by default, the pool as many.
        var numbers = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (_, _) =>
        {
            await using var scope = platform.Services.CreateAsyncScope();
            var placed = await scope.ServiceProvider.GetRequiredService<IOrderDesk>().PlaceAsync(
                parent.FamilyId, new DirectOrder("WalletTopUp", "wallet", regie, "alpha", 5_00, "Rechargement du porte-monnaie de 5,00 €"), CancellationToken.None);
            Assert.True(placed.Succeeded, string.Join(" ", placed.Errors.SelectMany(e => e.Value)));
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            numbers.Add(await db.Orders.Where(o => o.Id == placed.Value).Select(o => o.Number).SingleAsync());
        });

        var day = ParisTime.Today(TimeProvider.System).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        Assert.Equal(
            Enumerable.Range(1, 1000).Select(n => $"R-{day}-{n:D5}"),
            numbers.Order(StringComparer.Ordinal));
    }
}
