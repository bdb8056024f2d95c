using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using Platform.Bench;
using Platform.Host.IntegrationTests.Support;

var options = Options.Parse(args);
var runs = new List<(string Database, string? Connection)> { ("sqlite", null) };
if (Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES") is { Length: > 0 } server)
{
    runs.Add(("postgresql", new NpgsqlConnectionStringBuilder(server) { Database = $"platform_bench_{Guid.NewGuid():N}" }.ConnectionString));
}

// First, while the process's peak working set is still its own.
var pain008 = Pain008Bench.Run(10_000);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"\n== pain.008 of {pain008.Debits} debits: {pain008.WriteSeconds:0.00} s, {pain008.AllocatedMegabytes:0} MB allocated, peak working set +{pain008.PeakGrowthMegabytes:0} MB, file {pain008.FileMegabytes:0.0} MB; the same data as CSV: {pain008.BaselineSeconds:0.000} s; pain.008 / CSV = {pain008.Ratio:0}×"));

var report = new Dictionary<string, List<Row>>();
var billing = new Dictionary<string, BillingFigures>();
foreach (var (database, connection) in runs)
{
    if (!options.BillingOnly)
    {
        Console.WriteLine($"\n== {database}: {options.Parents} parents, concurrency {string.Join("/", options.Concurrency)}, {options.Seconds.TotalSeconds:0} s per steady load");
        try
        {
            report[database] = await Scenarios.RunAsync(options, database, connection);
        }
        finally
        {
            if (connection is not null)
            {
                await Scenarios.DropAsync(connection);
            }
        }

        Table.Print(report[database]);
    }

    var run = billing[database] = await BillingBench.RunAsync(database, Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES"), options.BillingFamilies, 20);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"\n== {database}: monthly invoice run, {run.Families} families × {run.Lines / run.Families} lines: {run.RunSeconds:0.0} s ({run.Lines / run.RunSeconds:0} lines/s); bulk insert of the same rows: {run.BulkSeconds:0.0} s; run / bulk = {run.Ratio:0.0}×"));
}

var file = Path.Combine(options.OutDirectory, "results.json");
await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { report, billing, pain008 }, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine($"\nWritten to {file}");

namespace Platform.Bench
{
    /// <param name="BillingOnly">Only the monthly invoice run (BENCH_ONLY=billing), not the load scenarios.</param>
    public sealed record Options(
        string HostDirectory, string OutDirectory, int Parents, IReadOnlyList<int> Concurrency, TimeSpan Seconds, int BillingFamilies, bool BillingOnly)
    {
        public static Options Parse(string[] args)
        {
            string Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? throw new ArgumentException($"{name} is required");
            string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;
            return new Options(
                Arg("--host"),
                Arg("--out"),
                int.Parse(Env("BENCH_PARENTS", "200"), CultureInfo.InvariantCulture),
                Env("BENCH_CONCURRENCY", "8 32 64").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList(),
                TimeSpan.FromSeconds(int.Parse(Env("BENCH_SECONDS", "5"), CultureInfo.InvariantCulture)),
                int.Parse(Env("BENCH_BILLING_FAMILIES", "10000"), CultureInfo.InvariantCulture),
                Env("BENCH_ONLY", "") == "billing");
        }
    }

    /// <summary>One figure beside the baseline measured just before it, at the same concurrency, on the same host.</summary>
    public sealed record Row(Figures Figures, Figures Baseline)
    {
        public double RateRatio => Figures.PerSecond / Baseline.PerSecond;

        public double P95Ratio => Figures.P95Ms / Baseline.P95Ms;
    }

    public static partial class Scenarios
    {
        private const string Baseline = "GET /api/account/me";

        public static async Task<List<Row>> RunAsync(Options options, string database, string? postgres)
        {
            await using var host = await BenchHost.StartAsync(options.HostDirectory, postgres);
            try
            {
                return await MeasureAsync(options, host);
            }
            catch
            {
                Console.Error.WriteLine(host.Tail(60));
                throw;
            }
            finally
            {
                await host.SaveLogAsync(Path.Combine(options.OutDirectory, $"host-{database}.log"));
            }
        }

        public static async Task DropAsync(string connection)
        {
            NpgsqlConnection.ClearAllPools();
            var builder = new NpgsqlConnectionStringBuilder(connection);
            var database = builder.Database;
            builder.Database = "postgres";
            await using var admin = new NpgsqlConnection(builder.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        private static async Task<List<Row>> MeasureAsync(Options options, BenchHost host)
        {
            var world = await HttpWorld.CreateAsync(host.Address, host.DataDirectory);
            var setUp = System.Diagnostics.Stopwatch.StartNew();
            var families = new HttpFamily[options.Parents];
            var created = await Load.EachOnceAsync("set-up", 8, Enumerable.Range(0, options.Parents).ToList(), async i =>
            {
                families[i] = await world.AddFamilyAsync($"parent.{i}@bench.portail-famille.fr", children: 1, walletCents: 300_00);
                return true;
            });
            if (created.Errors > 0)
            {
                throw new InvalidOperationException($"{created.Errors} of {options.Parents} parents could not be set up:\n{host.Tail(20)}");
            }

            Console.WriteLine($"set-up: {options.Parents} parents signed up, validated and credited in {setUp.Elapsed.TotalSeconds:0.0} s");

            var months = (await world.BookableDatesAsync(families[0].Parent, 200))
                .GroupBy(d => (d.Year, d.Month)).Skip(1).Select(g => g.ToList()).ToList();
            // The JIT and the caches warm up on a month that no measured level books, as the baseline warms up for 1 s.
            var warmUp = await Load.EachOnceAsync("warm-up rush", options.Concurrency.Max(), families, f => BookMonthAsync(world, f, months[^1]));
            Console.WriteLine($"warm-up: {warmUp.Completed} flows, {warmUp.Errors} errors, {warmUp.PerSecond:0.0}/s (not reported)");
            var rows = new List<Row>();
            for (var level = 0; level < options.Concurrency.Count; level++)
            {
                var concurrency = options.Concurrency[level];
                var month = months[level];
                var me = await Load.SteadyAsync(Baseline, concurrency, options.Seconds, async w => (await families[w % families.Length].Parent.GetAsync("/api/account/me")).IsSuccessStatusCode);
                var rush = await Load.EachOnceAsync($"rush: {month.Count} meals, checkout, wallet", concurrency, families, f => BookMonthAsync(world, f, month));
                rows.Add(new Row(rush, me));
            }

            const int pageConcurrency = 32;
            var pageClients = await Task.WhenAll(families.Take(pageConcurrency).Select(f => PageLoginAsync(host.Address, f.Email)));
            var meAtPage = await Load.SteadyAsync(Baseline, pageConcurrency, options.Seconds, async w => (await families[w % families.Length].Parent.GetAsync("/api/account/me")).IsSuccessStatusCode);
            var monthParameter = $"{months[0][0]:yyyy-MM}";
            var page = await Load.SteadyAsync("booking page (HTML), 1 child, cantine", pageConcurrency, options.Seconds, async w =>
                (await pageClients[w % pageClients.Length].GetAsync($"/reserver?mois={monthParameter}")).StatusCode == HttpStatusCode.OK);
            rows.Add(new Row(page, meAtPage));
            var calendar = await Load.SteadyAsync("calendar API", pageConcurrency, options.Seconds, async w =>
                (await families[w % families.Length].Parent.GetAsync($"/api/communes/{HttpWorld.Commune}/cantine/services/{world.ServiceId}/calendar?month={monthParameter}")).IsSuccessStatusCode);
            rows.Add(new Row(calendar, meAtPage));
            rows.AddRange(await CalendarAndSportAsync(options, host, world, families));
            return rows;
        }

        /// <summary>The calendar page of a family of 3 children with cantine, garderie and sport; then the opening of a
        /// sport session of 30 seats that every parent wants at once (seats held by the database: exactly 30 taken).</summary>
        private static async Task<IEnumerable<Row>> CalendarAndSportAsync(Options options, BenchHost host, HttpWorld world, HttpFamily[] families)
        {
            const int seats = 30;
            var (garderie, sport, session) = await world.AddCareAndSportAsync(seats);
            var three = await world.AddFamilyAsync("trois.enfants@bench.portail-famille.fr", children: 3, walletCents: 0);
            await world.ValidateOnAsync(three, garderie);
            await world.ValidateOnAsync(three, sport);
            var sessionDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
            const int pageConcurrency = 32;
            var browser = await PageLoginAsync(host.Address, three.Email); // one session, as one parent's phone

            var me = await Load.SteadyAsync(Baseline, pageConcurrency, options.Seconds, async w => (await three.Parent.GetAsync("/api/account/me")).IsSuccessStatusCode);
            var page = await Load.SteadyAsync("calendar page, 3 children, 3 services", pageConcurrency, options.Seconds, async w =>
                (await browser.GetAsync($"/reserver?mois={sessionDay:yyyy-MM}")).StatusCode == HttpStatusCode.OK);

            var validated = await Load.EachOnceAsync("sport access", 8, families, async f => { await world.ValidateOnAsync(f, sport); return true; });
            var concurrency = options.Concurrency.Max();
            var meAtRush = await Load.SteadyAsync(Baseline, concurrency, options.Seconds, async w => (await families[w % families.Length].Parent.GetAsync("/api/account/me")).IsSuccessStatusCode);
            var rush = await Load.EachOnceAsync($"sport opening: {families.Length} parents, {seats} seats", concurrency, families, f => SeatAsync(world, f, sport, session));
            var admin = await world.LoginAsync(HttpWorld.AdminEmail);
            var taken = (await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/admin/sport/services/{sport}/activities"))!
                .SelectMany(a => a!["sessions"]!.AsArray()).Single(s => HttpWorld.Id(s!) == session)!["taken"]!.GetValue<int>();
            var waiting = (await admin.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/admin/sport/services/{sport}/activities"))!
                .SelectMany(a => a!["sessions"]!.AsArray()).Single(s => HttpWorld.Id(s!) == session)!["waiting"]!.GetValue<int>();
            Console.WriteLine($"sport opening: {taken} of {seats} seats taken, {waiting} on the waiting list, of {validated.Completed} parents");
            if (taken != seats || taken + waiting != families.Length)
            {
                throw new InvalidOperationException($"{taken} seats taken for {seats}, {waiting} waiting: {families.Length - taken - waiting} lost.");
            }

            return [new Row(page, me), new Row(rush, meAtRush)];
        }

        /// <summary>A parent at the opening: the session into the cart (or straight onto the waiting list when already
        /// full), checkout (which queues the child when the last seat went meanwhile), wallet payment.</summary>
        private static async Task<bool> SeatAsync(HttpWorld world, HttpFamily family, Guid sport, Guid session)
        {
            var added = await family.Parent.PostAsJsonAsync($"/api/families/{family.Id}/sport/bookings", new
            {
                serviceId = sport, choices = new[] { new { childId = family.Children[0], sessionId = session } },
            });
            if (!added.IsSuccessStatusCode)
            {
                return false;
            }

            if ((await HttpWorld.SendAsync(Task.FromResult(added)))["waiting"]!.GetValue<int>() == 1)
            {
                return true; // full already: queued at once
            }

            var checkout = await family.Parent.PostAsJsonAsync($"/api/families/{family.Id}/cart/checkout", new { regieId = world.RegieId });
            if (checkout.StatusCode == HttpStatusCode.BadRequest)
            {
                return (await checkout.Content.ReadAsStringAsync()).Contains("liste d'attente", StringComparison.Ordinal);
            }

            var order = HttpWorld.Id(await HttpWorld.SendAsync(Task.FromResult(checkout)));
            return (await family.Parent.PostAsJsonAsync($"/api/families/{family.Id}/orders/{order}/payments", new { provider = "wallet" })).IsSuccessStatusCode;
        }

        /// <summary>A parent's opening-day flow: a month of meals into the cart, checkout, paid from the wallet.</summary>
        private static async Task<bool> BookMonthAsync(HttpWorld world, HttpFamily family, IReadOnlyList<DateOnly> month)
        {
            var added = await family.Parent.PostAsJsonAsync($"/api/families/{family.Id}/cantine/cart", new
            {
                serviceId = world.ServiceId, childIds = family.Children, dates = month.Select(HttpWorld.Iso),
            });
            if (!added.IsSuccessStatusCode)
            {
                return false;
            }

            var checkout = await family.Parent.PostAsJsonAsync($"/api/families/{family.Id}/cart/checkout", new { regieId = world.RegieId });
            if (checkout.StatusCode != HttpStatusCode.Created)
            {
                return false;
            }

            var order = HttpWorld.Id(await HttpWorld.SendAsync(Task.FromResult(checkout)));
            var paid = await family.Parent.PostAsJsonAsync($"/api/families/{family.Id}/orders/{order}/payments", new { provider = "wallet" });
            return paid.IsSuccessStatusCode;
        }

        /// <summary>A browser's session: the login form with its anti-forgery token, then the cookie.</summary>
        private static async Task<HttpClient> PageLoginAsync(Uri address, string email)
        {
            var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
            var form = await client.GetStringAsync("/compte/connexion");
            var token = AntiForgery().Match(form).Groups[1].Value;
            var login = await client.PostAsync("/compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email, ["Input.Password"] = HttpWorld.Password, ["__RequestVerificationToken"] = token,
            }));
            if (login.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Page login of {email}: {(int)login.StatusCode}");
            }

            return client;
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex AntiForgery();
    }

    public static class Table
    {
        public static void Print(IEnumerable<Row> rows)
        {
            Console.WriteLine($"{"scenario",-44} {"conc",4} {"done",6} {"err",4} {"per s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"rate/base",10} {"p95/base",9}");
            foreach (var row in rows)
            {
                foreach (var (f, ratio) in new[] { (row.Baseline, ""), (row.Figures, $"{row.RateRatio,10:P1} {row.P95Ratio,8:0.0}×") })
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{f.Name,-44} {f.Concurrency,4} {f.Completed,6} {f.Errors,4} {f.PerSecond,8:0.0} {f.P50Ms,8:0.0} {f.P95Ms,8:0.0} {f.P99Ms,8:0.0} {ratio}"));
                }
            }
        }
    }
}
