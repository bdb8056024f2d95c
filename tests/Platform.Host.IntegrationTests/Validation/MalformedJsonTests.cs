using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Validation;

/// <summary>JSON that cannot be read into the endpoint's input (truncated, impossible dates and times, unknown names,
/// fractions or overflows where integer cents are expected) gets a 400 with French problem details naming the field,
/// and writes nothing. Run in Testing and in Development, where the audit saw 500s in English.</summary>
public abstract class MalformedJsonTests(MalformedJsonTests.World world)
{
    private const string Truncated = "{ \"serviceId\": \"00000000-0000-0000-0000-000000000000\", \"dates\": [\"2027-06-07\"";

    public static TheoryData<string, string, string, string> Cases() => new()
    {
        { "cart", Truncated, "$", "incomplet ou mal formé" },
        { "cart", """{ "serviceId": "{serviceId}", "childIds": [], "dates": ["2017-02-30"] }""", "dates[0]", "date" },
        { "cart", """{ "serviceId": "{serviceId}", "childIds": [], "dates": ["07/06/2027"] }""", "dates[0]", "date" },
        { "cart", """{ "serviceId": "{serviceId}", "childIds": [], "dates": [20270607] }""", "dates[0]", "date" },
        { "cart", """{ "serviceId": "{serviceId}", "childIds": ["Léa"], "dates": ["2027-06-07"] }""", "childIds[0]", "identifiant" },
        { "deadlines", """{ "booking": { "kind": "daysBefore", "days": 2, "workingDaysOnly": true, "at": "25:00:00" } }""", "booking.at", "heure" },
        { "deadlines", """{ "booking": { "kind": "daysBefore", "days": 2, "workingDaysOnly": true, "at": "10h" } }""", "booking.at", "heure" },
        { "deadlines", """{ "booking": { "kind": "weekdayOfEarlierWeek", "day": "Funday", "weeksBefore": 1, "at": "10:00:00" } }""", "booking.day", "Monday, Tuesday" },
        { "deadlines", """{ "booking": { "kind": "daysBefore", "days": 1.5, "workingDaysOnly": true, "at": "10:00:00" } }""", "booking.days", "nombre entier" },
        { "deadlines", """{ "booking": { "kind": "daysBefore", "days": 99999999999999999999, "at": "10:00:00" } }""", "booking.days", "nombre entier" },
        { "deadlines", """{ "booking": { "kind": "daysBefore", "days": 2, "workingDaysOnly": "oui", "at": "10:00:00" } }""", "booking.workingDaysOnly", "true ou false" },
        { "deadlines", """{ "booking": { "kind": "daysBefore", "days": 2, "at": "10:00:00" }""", "$", "incomplet ou mal formé" },
        { "periods", """{ "label": "Été", "start": "2027-07-05", "end": "2027-08-27", "openingDays": ["Monday", "Funday"] }""", "openingDays[1]", "Monday, Tuesday" },
        { "periods", """{ "label": "Été", "start": "2017-02-30", "end": "2027-08-27", "openingDays": ["Monday"] }""", "start", "date" },
        { "periods", """{ "label": "Été", "start": "2027-07-05", "end": "2027-13-01", "openingDays": ["Monday"] }""", "end", "date" },
        { "closures", """{ "from": "2027-02-30", "reason": "Grève" }""", "from", "date" },
        { "prices", """{ "tariffCategoryId": "{tariffId}", "cents": 1.5 }""", "cents", "nombre entier" },
        { "prices", """{ "tariffCategoryId": "{tariffId}", "cents": 99999999999999999999 }""", "cents", "nombre entier" },
        { "credits", """{ "familyId": "{familyId}", "serviceId": "{serviceId}", "cents": 1.5, "receiptNumber": "R-1", "method": "Especes" }""", "cents", "nombre entier" },
        { "credits", """{ "familyId": "{familyId}", "serviceId": "{serviceId}", "cents": 99999999999999999999, "receiptNumber": "R-1", "method": "Especes" }""", "cents", "nombre entier" },
        { "credits", """{ "familyId": "{familyId}", "serviceId": "{serviceId}", "cents": 500, "receiptNumber": "R-1", "method": "Carte" }""", "method", "Especes, Cheque" },
        { "top-ups", """{ "regieId": null, "cents": 1.5 }""", "cents", "nombre entier" },
        { "top-ups", """{ "regieId": null, "cents": 99999999999999999999 }""", "cents", "nombre entier" },
        { "top-ups", """{ "regieId": null, "cents": "15,00" }""", "cents", "nombre entier" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Unreadable_json_is_a_french_400_naming_the_field(string endpoint, string json, string field, string hint)
    {
        var before = SqliteInspector.Snapshot(world.Platform);

        var response = await world.SendAsync(endpoint, json);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal("La demande contient des erreurs.", problem["title"]!.GetValue<string>());
        Assert.StartsWith("La requête est mal formée", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var message = problem["errors"]![field]![0]!.GetValue<string>();
        Assert.True(message.Contains(hint, StringComparison.Ordinal), message);
        Assert.DoesNotContain("JSON value", body, StringComparison.Ordinal);
        Assert.Equal(before, SqliteInspector.Snapshot(world.Platform));
    }

    /// <summary>A family with a pending request at Alpha, and the agent and administrator who may act on it.</summary>
    public abstract class World(string environment) : IAsyncLifetime
    {
        private readonly Dictionary<string, string> ids = [];

        public TestPlatform Platform { get; } = new(settings: new Dictionary<string, string> { ["environment"] = environment });

        private Parent Parent { get; set; } = null!;

        private HttpClient Agent { get; set; } = null!;

        private HttpClient Admin { get; set; } = null!;

        public Task<HttpResponseMessage> SendAsync(string endpoint, string json)
        {
            foreach (var (name, value) in ids)
            {
                json = json.Replace($"{{{name}}}", value, StringComparison.Ordinal);
            }

            var schedule = $"/api/admin/cantine/services/{ids["serviceId"]}";
            var (client, method, url) = endpoint switch
            {
                "cart" => (Parent.Client, HttpMethod.Post, $"/api/families/{Parent.FamilyId}/cantine/cart"),
                "deadlines" => (Admin, HttpMethod.Put, $"{schedule}/deadlines"),
                "periods" => (Admin, HttpMethod.Post, $"{schedule}/periods"),
                "closures" => (Admin, HttpMethod.Post, $"{schedule}/closures"),
                "prices" => (Admin, HttpMethod.Put, $"{schedule}/prices"),
                "credits" => (Agent, HttpMethod.Post, "/api/agent/wallet/credits"),
                "top-ups" => (Parent.Client, HttpMethod.Post, $"/api/families/{Parent.FamilyId}/wallet/top-ups"),
                _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
            };
            return client.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }

        public async Task InitializeAsync()
        {
            var tenancy = await TenancySetup.CreateAsync(Platform);
            Parent = await Platform.RegisterParentAsync("json@example.fr");
            Assert.Equal(HttpStatusCode.Created, (await Parent.RequestAccessAsync(tenancy.Alpha, [await Parent.AddChildAsync("Léa")])).StatusCode);
            Agent = await Platform.LoginAsync(TenancySetup.AgentAlpha);
            Admin = await Platform.AdminAsync();
            ids["serviceId"] = tenancy.Alpha.Id.ToString();
            ids["tariffId"] = tenancy.Alpha.TariffId.ToString();
            ids["familyId"] = Parent.FamilyId.ToString();
        }

        public async Task DisposeAsync() => await Platform.DisposeAsync();
    }

    public sealed class TestingWorld() : World("Testing");

    public sealed class DevelopmentWorld() : World("Development");
}

public sealed class MalformedJsonInTestingTests(MalformedJsonTests.TestingWorld world)
    : MalformedJsonTests(world), IClassFixture<MalformedJsonTests.TestingWorld>;

/// <summary>The developer exception page must not turn a bad request into a 500.</summary>
public sealed class MalformedJsonInDevelopmentTests(MalformedJsonTests.DevelopmentWorld world)
    : MalformedJsonTests(world), IClassFixture<MalformedJsonTests.DevelopmentWorld>;
