using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Data;
using Platform.Host.IntegrationTests.Cantine;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.PostgreSql;

/// <summary>The same platform on a real PostgreSQL server (installed and started by .ci/run): migrations applied for
/// real, a schema per context, the booking journey and contended wallet payments.</summary>
public sealed class PostgreSqlTests
{
    [Fact]
    public async Task Every_context_migrates_for_real_into_its_own_schema()
    {
        using var platform = new TestPlatform(postgres: true);
        await platform.AdminAsync();

        using var scope = platform.Services.CreateScope();
        foreach (var database in scope.ServiceProvider.GetServices<IModuleDatabase>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", context.Database.ProviderName);
            Assert.Equal(context.Database.GetMigrations(), context.Database.GetAppliedMigrations());
            Assert.Equal(database.Schema, context.Model.GetDefaultSchema());
        }
    }

    [Fact]
    public async Task Eight_meals_paid_from_the_wallet_then_one_cancelled_on_postgresql()
    {
        await using var world = await BookingWorld.CreateAsync(postgres: true);
        await world.CreditAsync(5000);

        var order = await world.OrderAsync(BookingWorld.FourDays, world.Lea, world.Hugo);
        Assert.Equal(HttpStatusCode.OK, (await world.PayAsync(order.Id())).StatusCode);
        Assert.Equal(1960, await world.WalletAsync());
        var booking = (await world.BookingsAsync())[0]!;
        var cancelled = await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/cantine/bookings/{booking.Id()}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(2340, await world.WalletAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await world.AddToCartAsync([new DateOnly(2027, 6, 8)], world.Lea)).StatusCode);
    }

    [Fact]
    public async Task Parallel_wallet_payments_never_overdraw_on_postgresql()
    {
        await using var world = await BookingWorld.CreateAsync(postgres: true);
        await world.CreditAsync(1000);
        var orders = new List<Guid>();
        foreach (var day in BookingWorld.FourDays)
        {
            foreach (var child in new[] { world.Lea, world.Hugo })
            {
                orders.Add((await world.OrderAsync([day], child)).Id());
            }
        }

        var payments = await Task.WhenAll(orders.Select(o => world.PayAsync(o)));

        Assert.Equal(2, payments.Count(p => p.StatusCode == HttpStatusCode.OK));
        Assert.Equal(6, payments.Count(p => p.StatusCode == HttpStatusCode.BadRequest));
        var wallet = await world.Parent.Client.GetFromJsonAsync<JsonObject>($"/api/families/{world.Parent.FamilyId}/wallet");
        Assert.Equal(1000 - 760, wallet!["totalCents"]!.GetValue<long>());
        Assert.Equal(1000 - 760, wallet["movements"]!.AsArray().Sum(m => m!["cents"]!.GetValue<long>()));
    }
}
