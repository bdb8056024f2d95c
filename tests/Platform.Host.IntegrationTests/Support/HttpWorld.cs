using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using MimeKit;

namespace Platform.Host.IntegrationTests.Support;

/// <summary>A commune with a cantine service, an agent and families with funded wallets, set up through a running
/// host's HTTP API only (a separate process, as a mobile app or a load generator sees it). Free of any test framework:
/// the benchmarks in bench/ compile this file too.</summary>
public sealed partial class HttpWorld
{
    public const string Password = "Correct-Horse-42!";
    public const string AdminEmail = "admin@test.portail-famille.fr";
    public const string AgentEmail = "agent.alpha@test.portail-famille.fr";
    public const string Commune = "alpha";

    private readonly Uri address;
    private readonly string mailDirectory;
    private readonly Lazy<Task<HttpClient>> agent;
    private readonly Dictionary<Guid, Guid> tariffs = [];

    private HttpWorld(Uri address, string mailDirectory, Guid serviceId, Guid tariffId, Guid regieId)
    {
        this.address = address;
        this.mailDirectory = mailDirectory;
        agent = new Lazy<Task<HttpClient>>(() => LoginAsync(address, AgentEmail));
        ServiceId = serviceId;
        TariffId = tariffId;
        RegieId = regieId;
    }

    public Guid ServiceId { get; }

    public Guid TariffId { get; }

    public Guid RegieId { get; }

    /// <summary>Commune "alpha", its régie and cantine service (meals Monday, Tuesday, Thursday and Friday from ten days
    /// on, 3,80 €, booking closes two working days before) and its agent, created by the administrator.</summary>
    public static async Task<HttpWorld> CreateAsync(Uri address, string dataDirectory)
    {
        var admin = await LoginAsync(address, AdminEmail);
        await SendAsync(admin.PostAsJsonAsync("/api/admin/communes", new { slug = Commune, name = "Alpha-sur-Veyle" }));
        var regie = Id(await SendAsync(admin.PostAsJsonAsync("/api/admin/regies", new { name = "Régie d'Alpha" })));
        var service = await SendAsync(admin.PostAsJsonAsync("/api/admin/services", new
        {
            commune = Commune, moduleId = "cantine", regieId = regie, name = "Cantine d'Alpha",
            tariffCategories = new[] { new { name = "Service cantine" } }, requiredDocuments = Array.Empty<object>(),
        }));
        var serviceId = Id(service);
        var tariff = Id(service["tariffCategories"]![0]!);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await SendAsync(admin.PutAsJsonAsync($"/api/admin/cantine/services/{serviceId}/deadlines", new
        {
            booking = new { kind = "daysBefore", days = 2, workingDaysOnly = true, at = "10:00:00" },
            cancellation = new { kind = "daysBefore", days = 1, workingDaysOnly = true, at = "10:00:00" },
        }));
        await SendAsync(admin.PostAsJsonAsync($"/api/admin/cantine/services/{serviceId}/periods", new
        {
            label = "Année scolaire", start = Iso(today.AddDays(10)), end = Iso(today.AddDays(400)),
            openingDays = new[] { "Monday", "Tuesday", "Thursday", "Friday" },
        }));
        await SendAsync(admin.PutAsJsonAsync($"/api/admin/cantine/services/{serviceId}/prices", new { tariffCategoryId = tariff, cents = 380 }));
        await SendAsync(admin.PostAsJsonAsync("/api/admin/agents", new
        {
            email = AgentEmail, firstName = "Anne", lastName = "Alpha", password = Password, communes = new[] { Commune },
        }));
        return new HttpWorld(address, Path.Combine(dataDirectory, "mail"), serviceId, tariff, regie);
    }

    /// <summary>A parent who signed up, confirmed the emailed link, declared children, got access validated by the
    /// agent, and was credited <paramref name="walletCents"/> at the counter.</summary>
    public async Task<HttpFamily> AddFamilyAsync(string email, int children, long walletCents)
    {
        await SendAsync(Client().PostAsJsonAsync("/api/account/register", new
        {
            email, password = Password, civilite = "Madame", lastName = "Martin", firstName = "Julie",
            addressLine = "12 rue des Étangs", postalCode = "01990", city = "Baneins", phone = "06 12 34 56 78",
        }));
        var query = QueryHelpers.ParseQuery((await ConfirmationLinkAsync(email)).Query);
        await SendAsync(Client().PostAsJsonAsync("/api/account/confirm-email", new { userId = Guid.Parse(query["userId"]!), code = query["code"].ToString() }));
        var parent = await LoginAsync(address, email);
        var familyId = Id((await parent.GetFromJsonAsync<JsonArray>("/api/families"))![0]!);
        var childIds = new List<Guid>();
        for (var i = 0; i < children; i++)
        {
            childIds.Add(Id(await SendAsync(parent.PostAsJsonAsync($"/api/families/{familyId}/children", new
            {
                firstName = $"Enfant{i + 1}", lastName = "Martin", birthDate = "2018-03-14", filiation = "Mere",
            }))));
        }

        using var form = new MultipartFormDataContent { { new StringContent(ServiceId.ToString()), "serviceId" }, { new StringContent(TariffId.ToString()), "tariffCategoryId" } };
        childIds.ForEach(c => form.Add(new StringContent(c.ToString()), "childIds"));
        var request = Id(await SendAsync(parent.PostAsync($"/api/families/{familyId}/access-requests", form)));
        // One agent session for every family, as at the counter (and within the sign-in limits).
        var counter = await agent.Value;
        await SendAsync(counter.PostAsync($"/api/agent/access-requests/{request}/validate", null));
        if (walletCents > 0)
        {
            await SendAsync(counter.PostAsJsonAsync("/api/agent/wallet/credits", new
            {
                familyId, serviceId = ServiceId, forServiceOnly = false, cents = walletCents, receiptNumber = $"R-{familyId:N}", method = "Especes",
            }));
        }

        return new HttpFamily(email, familyId, childIds, parent);
    }

    /// <summary>A garderie service (matin and soir on the cantine's days, 1,50 € and 2,50 €, billed monthly) and a sport
    /// service with one activity open since yesterday and one session in two weeks with <paramref name="seats"/> seats,
    /// at 6 €. Returns the two services and the session.</summary>
    public async Task<(Guid Garderie, Guid Sport, Guid Session)> AddCareAndSportAsync(int seats)
    {
        var admin = await LoginAsync(address, AdminEmail);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var schoolDays = new[] { "Monday", "Tuesday", "Thursday", "Friday" };
        var deadlines = new
        {
            booking = new { kind = "daysBefore", days = 1, workingDaysOnly = false, at = "12:00:00" },
            cancellation = new { kind = "daysBefore", days = 1, workingDaysOnly = false, at = "12:00:00" },
        };
        var garderie = Id(await SendAsync(admin.PostAsJsonAsync("/api/admin/services", new
        {
            commune = Commune, moduleId = "garderie", regieId = RegieId, name = "Garderie d'Alpha",
            tariffCategories = new[] { new { name = "Garderie" } }, requiredDocuments = Array.Empty<object>(),
        })));
        var root = $"/api/admin/garderie/services/{garderie}";
        await SendAsync(admin.PutAsJsonAsync($"{root}/settings", new { billing = "Monthly", lateBookingSurchargePercent = 50, latePickupCentsPerQuarter = 500 }));
        await SendAsync(admin.PutAsJsonAsync($"{root}/deadlines", deadlines));
        await SendAsync(admin.PostAsJsonAsync($"{root}/periods", new { label = "Année scolaire", start = Iso(today.AddDays(10)), end = Iso(today.AddDays(400)), openingDays = schoolDays }));
        await SendAsync(admin.PostAsJsonAsync($"{root}/slots", new { label = "Matin", start = "07:30", end = "08:30", weekdays = schoolDays }));
        var slots = await SendAsync(admin.PostAsJsonAsync($"{root}/slots", new { label = "Soir", start = "16:30", end = "18:30", weekdays = schoolDays }));
        var garderieTariff = Id((await admin.GetFromJsonAsync<JsonArray>("/api/admin/services"))!.Single(s => Id(s!) == garderie)!["tariffCategories"]![0]!);
        foreach (var slot in slots["slots"]!.AsArray())
        {
            await SendAsync(admin.PutAsJsonAsync($"{root}/prices", new { tariffCategoryId = garderieTariff, itemId = Id(slot!), cents = slot!["label"]!.GetValue<string>() == "Matin" ? 150 : 250 }));
        }

        var sport = Id(await SendAsync(admin.PostAsJsonAsync("/api/admin/services", new
        {
            commune = Commune, moduleId = "sport", regieId = RegieId, name = "Mercredis sportifs",
            tariffCategories = new[] { new { name = "Sport" } }, requiredDocuments = Array.Empty<object>(),
        })));
        var sportTariff = Id((await admin.GetFromJsonAsync<JsonArray>("/api/admin/services"))!.Single(s => Id(s!) == sport)!["tariffCategories"]![0]!);
        root = $"/api/admin/sport/services/{sport}";
        await SendAsync(admin.PutAsJsonAsync($"{root}/deadlines", deadlines));
        var activity = await IdOfAsync(admin.PostAsJsonAsync($"{root}/activities", new
        {
            name = "Multisport", place = "Gymnase", minAge = 6, maxAge = 12, opensAt = today.AddDays(-1).ToDateTime(new TimeOnly(8, 0)), isStage = false, offerHours = 24,
        }));
        var session = await IdOfAsync(admin.PostAsJsonAsync($"{root}/activities/{activity}/sessions", new { date = Iso(today.AddDays(14)), start = "14:00", end = "16:00", capacity = seats }));
        await SendAsync(admin.PutAsJsonAsync($"{root}/prices", new { tariffCategoryId = sportTariff, itemId = activity, cents = 600 }));
        tariffs[garderie] = garderieTariff;
        tariffs[sport] = sportTariff;
        return (garderie, sport, session);
    }

    /// <summary>Asks access to a service made by <see cref="AddCareAndSportAsync"/> for the family's children, validated by
    /// the agent.</summary>
    public async Task ValidateOnAsync(HttpFamily family, Guid serviceId)
    {
        var tariff = tariffs[serviceId];
        using var form = new MultipartFormDataContent { { new StringContent(serviceId.ToString()), "serviceId" }, { new StringContent(tariff.ToString()), "tariffCategoryId" } };
        family.Children.ToList().ForEach(c => form.Add(new StringContent(c.ToString()), "childIds"));
        var request = Id(await SendAsync(family.Parent.PostAsync($"/api/families/{family.Id}/access-requests", form)));
        await SendAsync((await agent.Value).PostAsync($"/api/agent/access-requests/{request}/validate", null));
    }

    /// <summary>The service's bookable days from this month on, as the parent's calendar shows them.</summary>
    public async Task<IReadOnlyList<DateOnly>> BookableDatesAsync(HttpClient parent, int count)
    {
        var dates = new List<DateOnly>();
        var month = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; dates.Count < count && i < 24; i++, month = month.AddMonths(1))
        {
            var calendar = await parent.GetFromJsonAsync<JsonObject>($"/api/communes/{Commune}/cantine/services/{ServiceId}/calendar?month={month:yyyy-MM}");
            dates.AddRange(calendar!["days"]!.AsArray()
                .Where(d => d!["state"]!.GetValue<string>() == "Bookable")
                .Select(d => DateOnly.Parse(d!["date"]!.GetValue<string>(), CultureInfo.InvariantCulture)));
        }

        return dates.Take(count).ToList();
    }

    public HttpClient Client() => new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(100) };

    public Task<HttpClient> LoginAsync(string email) => LoginAsync(address, email);

    public static async Task<HttpClient> LoginAsync(Uri address, string email)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(100) };
        var login = await SendAsync(client.PostAsJsonAsync("/api/account/login", new { email, password = Password }));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login["accessToken"]!.GetValue<string>());
        return client;
    }

    /// <summary>The answer's JSON body (an empty object for none); anything but a 2xx throws with the body.</summary>
    public static async Task<JsonObject> SendAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {body}", null, response.StatusCode);
        }

        return body.Length == 0 ? [] : JsonNode.Parse(body) as JsonObject ?? [];
    }

    public static Guid Id(JsonNode node) => Guid.Parse(node["id"]!.GetValue<string>());

    /// <summary>The id a creation answered as its whole body.</summary>
    private static async Task<Guid> IdOfAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? Guid.Parse(body.Trim('"'))
            : throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {body}", null, response.StatusCode);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The link of the confirmation email, once the host has written it (a file still being written by the
    /// host for someone else is passed over).</summary>
    private async Task<Uri> ConfirmationLinkAsync(string email)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var file in Directory.GetFiles(mailDirectory, "*.eml"))
            {
                try
                {
                    using var message = MimeMessage.Load(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, email, StringComparison.OrdinalIgnoreCase))
                        && Link().Match(message.TextBody ?? "") is { Success: true } link)
                    {
                        return new Uri(link.Value);
                    }
                }
                catch (Exception e) when (e is IOException or FormatException)
                {
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No confirmation email to {email} in {mailDirectory}.");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}

public sealed record HttpFamily(string Email, Guid Id, IReadOnlyList<Guid> Children, HttpClient Parent);
