using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Platform.Host.IntegrationTests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Platform.Host.IntegrationTests.Crash;

/// <summary>The crash suite: a real host process, driven over HTTP by parents who book and pay from their wallets,
/// killed with SIGKILL at random moments and started again. After each restart (whose start-up run of the orders job
/// settles what the kill left) the database must hold every money and seat invariant.</summary>
[Collection(ProcessCollection.Name)]
public sealed class KillDuringPaymentsTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Kills = 20;

    /// <summary>Unanswered starts are recovered at once at a restart (nothing else runs), and orders expire within the
    /// suite so late payments are exercised too.</summary>
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Ordering__UnansweredAfterSeconds"] = "0",
        ["Ordering__PaymentDelayMinutes"] = "1",
    };

    private readonly string data = Path.Combine(Path.GetTempPath(), "platform-tests", $"crash-{Guid.NewGuid():N}");
    private HostProcess host = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(data);
        host = await HostProcess.StartAsync(data, Settings);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Twenty_kills_during_bookings_and_wallet_payments_lose_no_money_and_hold_no_seat()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var world = await HttpWorld.CreateAsync(host.Address, data);
        var families = new List<HttpFamily>();
        for (var i = 0; i < 4; i++)
        {
            families.Add(await world.AddFamilyAsync($"crash.{i}@example.fr", children: 2, walletCents: 1_000_00));
        }

        var dates = await world.BookableDatesAsync(families[0].Parent, 150);
        var traffic = new Traffic();
        for (var kill = 1; kill <= Kills; kill++)
        {
            using var stop = new CancellationTokenSource();
            var clients = await Task.WhenAll(families.Select(f => HttpWorld.LoginAsync(host.Address, f.Email)));
            var loops = families.Select((f, i) => BookAndPayAsync(world, f, clients[i], dates, new Random(seed + (kill * 10) + i), traffic, stop.Token)).ToList();
            await Task.Delay(random.Next(300, 2500));
            await host.DisposeAsync();
            await stop.CancelAsync();
            await Task.WhenAll(loops);

            var restartedAt = DateTime.UtcNow;
            host = await HostProcess.StartAsync(data, Settings);
            var problems = CrashInvariants.Check(Path.Combine(data, "platform.db"), restartedAt);
            Assert.True(problems.Violations.Count == 0, $"After kill {kill} (seed {seed}):\n{string.Join("\n", problems.Violations)}");
            output.WriteLine($"kill {kill}: {problems.Summary}");
        }

        var final = CrashInvariants.Check(Path.Combine(data, "platform.db"), DateTime.UtcNow);
        output.WriteLine($"{Kills} kills, {traffic}; {final.Summary}");
        Assert.True(final.PaidOrders > 0 && final.SpendsChecked > 0, "the loops paid nothing: the suite proved nothing");
        Assert.Equal(0, traffic.Other);
    }

    private static async Task BookAndPayAsync(
        HttpWorld world, HttpFamily family, HttpClient parent, IReadOnlyList<DateOnly> dates, Random random, Traffic traffic, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var picked = Enumerable.Range(0, random.Next(1, 4)).Select(_ => HttpWorld.Iso(dates[random.Next(dates.Count)])).Distinct().ToArray();
                var child = family.Children[random.Next(family.Children.Count)];
                await parent.PostAsJsonAsync($"/api/families/{family.Id}/cantine/cart", new { serviceId = world.ServiceId, childIds = new[] { child }, dates = picked }, stop);
                var checkout = await parent.PostAsJsonAsync($"/api/families/{family.Id}/cart/checkout", new { regieId = world.RegieId }, stop);
                if (checkout.StatusCode != HttpStatusCode.Created)
                {
                    continue;
                }

                var order = HttpWorld.Id(await HttpWorld.SendAsync(Task.FromResult(checkout)));
                var attempts = random.Next(4) == 0 ? 2 : 1;
                var payments = await Task.WhenAll(Enumerable.Range(0, attempts).Select(_ =>
                    parent.PostAsJsonAsync($"/api/families/{family.Id}/orders/{order}/payments", new { provider = "wallet" }, stop)));
                traffic.Count(payments.Select(p => p.StatusCode));
                if (payments.Any(p => p.StatusCode == HttpStatusCode.OK) && random.Next(3) == 0)
                {
                    await CancelOneAsync(family, parent, picked[0], stop);
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // the host was killed under this request
        }
    }

    /// <summary>Cancels one of the month's confirmed meals: the meal is cancelled first, then refunded.</summary>
    private static async Task CancelOneAsync(HttpFamily family, HttpClient parent, string date, CancellationToken stop)
    {
        var meals = await parent.GetFromJsonAsync<JsonArray>($"/api/families/{family.Id}/cantine/bookings?month={date[..7]}", stop);
        if (meals!.FirstOrDefault(m => m!["state"]!.GetValue<string>() == "Confirmed") is { } meal)
        {
            await parent.PostAsync($"/api/families/{family.Id}/cantine/bookings/{meal["id"]!.GetValue<string>()}/cancel", null, stop);
        }
    }

    private sealed class Traffic
    {
        private int paid;
        private int refused;
        private int other;

        public void Count(IEnumerable<HttpStatusCode> answers)
        {
            foreach (var answer in answers)
            {
                _ = answer switch
                {
                    HttpStatusCode.OK => Interlocked.Increment(ref paid),
                    HttpStatusCode.BadRequest => Interlocked.Increment(ref refused),
                    _ => Interlocked.Increment(ref other),
                };
            }
        }

        public int Other => other;

        public override string ToString() => $"payment answers: {paid} paid, {refused} refused, {other} other";
    }
}
