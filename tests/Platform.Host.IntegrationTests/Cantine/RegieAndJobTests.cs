using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Cantine;

public sealed class RegieAndJobTests
{
    [Fact]
    public async Task Each_regie_can_report_what_its_wallets_received_spent_and_gave_back()
    {
        await using var world = await BookingWorld.CreateAsync();
        await world.CreditAsync(5000);
        var order = await world.OrderAsync(BookingWorld.FourDays, world.Lea, world.Hugo);
        await world.PayAsync(order.Id());
        var booking = (await world.BookingsAsync())[0]!;
        await world.Parent.Client.PostAsync($"/api/families/{world.Parent.FamilyId}/cantine/bookings/{booking.Id()}/cancel", null);

        var report = await (await world.Platform.AdminAsync()).GetFromJsonAsync<JsonArray>("/api/admin/wallet/regies");

        var regie = Assert.Single(report!)!;
        Assert.Equal(world.RegieId, regie.Id("regieId"));
        Assert.Equal(5000, regie["creditedCents"]!.GetValue<long>());
        Assert.Equal(3040, regie["spentCents"]!.GetValue<long>());
        Assert.Equal(380, regie["refundedCents"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_order_expiry_job_is_a_persistent_recurring_job_of_the_host()
    {
        await using var world = await BookingWorld.CreateAsync();

        using var connection = world.Platform.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == "platform:orders");

        Assert.Equal("* * * * *", job.Cron);
        Assert.Equal("Platform.Host.Ordering.OrderJobs", job.Job.Type.FullName);
    }
}
