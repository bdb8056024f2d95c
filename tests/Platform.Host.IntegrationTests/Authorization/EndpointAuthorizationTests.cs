using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.IntegrationTests.Support;
using Xunit;

namespace Platform.Host.IntegrationTests.Authorization;

/// <summary>Every route of the host, modules included, must have an entry here: a new route without an
/// authorization case fails <see cref="Every_route_has_an_authorization_case"/>.</summary>
public sealed class EndpointAuthorizationTests : IClassFixture<EndpointAuthorizationTests.World>
{
    private static readonly Dictionary<string, Access> Routes = new(StringComparer.Ordinal)
    {
        ["POST /api/account/register"] = Access.Public,
        ["POST /api/account/confirm-email"] = Access.Public,
        ["POST /api/account/login"] = Access.Credentials,
        ["POST /api/account/refresh"] = Access.Credentials,
        ["POST /api/account/forgot-password"] = Access.Public,
        ["POST /api/account/reset-password"] = Access.Public,
        ["GET /api/account/me"] = Access.User,
        ["GET /api/families/"] = Access.User,
        ["GET /api/families/{familyId:guid}"] = Access.Family,
        ["POST /api/families/{familyId:guid}/children"] = Access.Family,
        ["PUT /api/families/{familyId:guid}/children/{childId:guid}"] = Access.Family,
        ["DELETE /api/families/{familyId:guid}/children/{childId:guid}"] = Access.Family,
        ["PUT /api/families/{familyId:guid}/children/{childId:guid}/photo"] = Access.FamilyMultipart,
        ["GET /api/families/{familyId:guid}/children/{childId:guid}/photo"] = Access.Family,
        ["POST /api/families/{familyId:guid}/invitations"] = Access.Family,
        ["POST /api/families/{familyId:guid}/children/{childId:guid}/share"] = Access.Family,
        ["POST /api/invitations/{token}/accept"] = Access.User,
        ["GET /api/services"] = Access.User,
        ["GET /api/families/{familyId:guid}/access-requests/"] = Access.Family,
        ["POST /api/families/{familyId:guid}/access-requests/"] = Access.FamilyMultipart,
        ["GET /api/documents/{documentId:guid}"] = Access.Family,
        ["GET /api/agent/access-requests/"] = Access.Agent,
        ["GET /api/agent/access-requests/{requestId:guid}"] = Access.AgentOfCommune,
        ["POST /api/agent/access-requests/{requestId:guid}/validate"] = Access.AgentOfCommune,
        ["POST /api/agent/access-requests/{requestId:guid}/refuse"] = Access.AgentOfCommune,
        ["GET /api/admin/communes"] = Access.Admin,
        ["POST /api/admin/communes"] = Access.Admin,
        ["PUT /api/admin/communes/{commune}/modules/{moduleId}"] = Access.Admin,
        ["POST /api/admin/regies"] = Access.Admin,
        ["GET /api/admin/services"] = Access.Admin,
        ["POST /api/admin/services"] = Access.Admin,
        ["POST /api/admin/services/{serviceId:guid}/tariff-categories"] = Access.Admin,
        ["POST /api/admin/services/{serviceId:guid}/required-documents"] = Access.Admin,
        ["POST /api/admin/agents"] = Access.Admin,
        ["GET /api/communes/{commune}/cantine/services"] = Access.User,
        ["PUT /api/admin/cantine/services/{serviceId:guid}/restaurant"] = Access.Admin,
        ["GET /api/communes/{commune}/cantine/services/{serviceId:guid}/calendar"] = Access.User,
        ["GET /api/admin/cantine/services/{serviceId:guid}/schedule"] = Access.Admin,
        ["PUT /api/admin/cantine/services/{serviceId:guid}/deadlines"] = Access.Admin,
        ["POST /api/admin/cantine/services/{serviceId:guid}/periods"] = Access.Admin,
        ["POST /api/admin/cantine/services/{serviceId:guid}/closures"] = Access.Admin,
        ["PUT /api/admin/cantine/services/{serviceId:guid}/prices"] = Access.Admin,
        ["GET /api/families/{familyId:guid}/wallet/"] = Access.Family,
        ["POST /api/agent/wallet/credits"] = Access.AgentOfFamily,
        ["GET /api/admin/wallet/regies"] = Access.Admin,
        ["PUT /api/admin/communes/{commune}/payment-providers/{providerId}"] = Access.Admin,
        ["PUT /api/admin/communes/{commune}/refund-rule"] = Access.Admin,
        ["PUT /api/admin/communes/{commune}/invoice-payment-providers/{providerId}"] = Access.Admin,
        ["GET /api/admin/regies/{regieId:guid}/payment-providers/{providerId}/settings"] = Access.Admin,
        ["PUT /api/admin/regies/{regieId:guid}/payment-providers/{providerId}/settings"] = Access.Admin,
        ["GET /api/families/{familyId:guid}/cart"] = Access.Family,
        ["DELETE /api/families/{familyId:guid}/cart/{lineId:guid}"] = Access.Family,
        ["POST /api/families/{familyId:guid}/cart/checkout"] = Access.Family,
        ["GET /api/families/{familyId:guid}/orders"] = Access.Family,
        ["GET /api/families/{familyId:guid}/orders/{orderId:guid}"] = Access.Family,
        ["POST /api/families/{familyId:guid}/orders/{orderId:guid}/payments"] = Access.Family,
        ["POST /api/families/{familyId:guid}/orders/{orderId:guid}/abandon"] = Access.Family,
        ["POST /api/families/{familyId:guid}/calendar-feed"] = Access.Family,
        ["DELETE /api/families/{familyId:guid}/calendar-feed"] = Access.Family,
        ["GET /calendrier/{token}.ics"] = Access.SecretAddress,
        ["POST /api/families/{familyId:guid}/cantine/cart"] = Access.Family,
        ["GET /api/admin/garderie/services/{serviceId:guid}"] = Access.Admin,
        ["PUT /api/admin/garderie/services/{serviceId:guid}/settings"] = Access.Admin,
        ["POST /api/admin/garderie/services/{serviceId:guid}/slots"] = Access.Admin,
        ["GET /api/admin/garderie/services/{serviceId:guid}/schedule"] = Access.Admin,
        ["PUT /api/admin/garderie/services/{serviceId:guid}/deadlines"] = Access.Admin,
        ["POST /api/admin/garderie/services/{serviceId:guid}/periods"] = Access.Admin,
        ["POST /api/admin/garderie/services/{serviceId:guid}/closures"] = Access.Admin,
        ["PUT /api/admin/garderie/services/{serviceId:guid}/prices"] = Access.Admin,
        ["POST /api/families/{familyId:guid}/garderie/bookings"] = Access.Family,
        ["GET /api/families/{familyId:guid}/garderie/bookings"] = Access.Family,
        ["POST /api/families/{familyId:guid}/garderie/bookings/{bookingId:guid}/cancel"] = Access.Family,
        ["GET /api/admin/sport/services/{serviceId:guid}/activities"] = Access.Admin,
        ["POST /api/admin/sport/services/{serviceId:guid}/activities"] = Access.Admin,
        ["POST /api/admin/sport/services/{serviceId:guid}/activities/{activityId:guid}/sessions"] = Access.Admin,
        ["GET /api/admin/sport/services/{serviceId:guid}/schedule"] = Access.Admin,
        ["PUT /api/admin/sport/services/{serviceId:guid}/deadlines"] = Access.Admin,
        ["PUT /api/admin/sport/services/{serviceId:guid}/prices"] = Access.Admin,
        ["POST /api/families/{familyId:guid}/sport/bookings"] = Access.Family,
        ["GET /api/families/{familyId:guid}/sport/bookings"] = Access.Family,
        ["POST /api/families/{familyId:guid}/sport/bookings/{bookingId:guid}/cancel"] = Access.Family,
        ["GET /api/agent/garderie/services/{serviceId:guid}/day"] = Access.AgentOfCommune,
        ["PUT /api/agent/garderie/services/{serviceId:guid}/attendance"] = Access.AgentOfCommune,
        ["GET /api/agent/sport/services/{serviceId:guid}/rosters"] = Access.AgentOfCommune,
        ["GET /api/families/{familyId:guid}/cantine/bookings"] = Access.Family,
        ["POST /api/families/{familyId:guid}/cantine/bookings/{bookingId:guid}/cancel"] = Access.Family,
        ["GET /payments/callback/{providerId}/{regieId:guid}"] = Access.Callback,
        ["POST /payments/callback/{providerId}/{regieId:guid}"] = Access.Callback,
        ["GET /api/families/{familyId:guid}/wallet/top-ups"] = Access.Family,
        ["POST /api/families/{familyId:guid}/wallet/top-ups"] = Access.Family,
        ["POST /sandbox/stripe/v1/checkout/sessions"] = Access.Sandbox,
        ["GET /sandbox/stripe/v1/checkout/sessions/{id}"] = Access.Sandbox,
        ["POST /sandbox/stripe/v1/checkout/sessions/{id}/expire"] = Access.Sandbox,
        ["GET /sandbox/stripe/v1/payment_intents/{id}"] = Access.Sandbox,
        ["POST /sandbox/stripe/v1/refunds"] = Access.Sandbox,
        ["GET /sandbox/stripe/pay/{id}"] = Access.Sandbox,
        ["POST /sandbox/stripe/pay/{id}"] = Access.Sandbox,
        ["GET /sandbox/stripe/pay.css"] = Access.Sandbox,
        ["POST /sandbox/payfip/tpa/services/securite"] = Access.Sandbox,
        ["GET /sandbox/payfip/tpa/paiementws.web"] = Access.Sandbox,
        ["POST /sandbox/payfip/tpa/paiementws.web"] = Access.Sandbox,
        ["GET /sandbox/payfip/tpa/page.css"] = Access.Sandbox,
        ["GET /openapi/{documentName}.json"] = Access.Public,
        ["PAGE /"] = Access.Public,
        ["PAGE /erreur"] = Access.Public,
        ["PAGE /compte/inscription"] = Access.Public,
        ["PAGE /compte/inscription-envoyee"] = Access.Public,
        ["PAGE /compte/confirmation"] = Access.Public,
        ["PAGE /compte/connexion"] = Access.Public,
        ["PAGE /compte/deconnexion"] = Access.Public,
        ["PAGE /compte/mot-de-passe-oublie"] = Access.Public,
        ["PAGE /compte/reinitialiser"] = Access.Public,
        ["PAGE /compte/acces-refuse"] = Access.Public,
        ["PAGE /famille/invitation/{token}"] = Access.Public,
        ["PAGE /famille"] = Access.PageUser,
        ["PAGE /famille/enfants/ajouter"] = Access.PageUser,
        ["PAGE /famille/enfants/{id:guid}"] = Access.PageFamily,
        ["PAGE /famille/enfants/{id:guid}/photo"] = Access.PageFamily,
        ["PAGE /services"] = Access.PageUser,
        ["PAGE /services/demander/{serviceId:guid?}"] = Access.PageUser,
        ["PAGE /documents/{id:guid}"] = Access.PageFamily,
        ["PAGE /agent/demandes"] = Access.PageAgent,
        ["PAGE /agent/demandes/{id:guid}"] = Access.PageAgent,
        ["PAGE /{commune}/cantine"] = Access.Public,
        ["PAGE /porte-monnaie"] = Access.PageUser,
        ["PAGE /panier"] = Access.PageUser,
        ["PAGE /commandes/{id:guid}"] = Access.PageFamily,
        ["PAGE /reservations"] = Access.PageUser,
        ["PAGE /reserver"] = Access.PageUser,
        ["PAGE /agent/porte-monnaie/crediter"] = Access.PageAgentOfFamily,
        ["PAGE /agent/garderie/presences"] = Access.PageAgent,
        ["PAGE /agent/sport/seances"] = Access.PageAgent,
        ["PAGE /porte-monnaie/recharger"] = Access.PageUser,
        ["PAGE /admin/paiements"] = Access.PageAdmin,
        ["PAGE /admin/paiements/{regieId:guid}/{providerId}"] = Access.PageAdmin,
        ["PAGE /prelevement"] = Access.PageUser,
        ["PAGE /prelevement/signer"] = Access.PageUser,
        ["PAGE /prelevement/mandat/{id:guid}"] = Access.PageFamily,
        ["PAGE /prelevement/mandat/{id:guid}/revoquer"] = Access.PageFamily,
        ["GET /api/families/{familyId:guid}/billing/invoices"] = Access.Family,
        ["GET /api/families/{familyId:guid}/billing/invoices/{invoiceId:guid}"] = Access.Family,
        ["GET /api/families/{familyId:guid}/billing/invoices/{invoiceId:guid}/pdf"] = Access.Family,
        ["POST /api/families/{familyId:guid}/billing/invoices/{invoiceId:guid}/payments"] = Access.Family,
        ["GET /api/agent/billing/regies"] = Access.Agent,
        ["GET /api/agent/billing/regies/{regieId:guid}/invoices"] = Access.AgentOfCommune,
        ["POST /api/agent/billing/regies/{regieId:guid}/runs"] = Access.AgentOfCommune,
        ["POST /api/agent/billing/regies/{regieId:guid}/direct-debits"] = Access.AgentOfCommune,
        ["GET /api/agent/billing/regies/{regieId:guid}/pes"] = Access.AgentOfCommune,
        ["GET /api/agent/billing/regies/{regieId:guid}/exports/csv"] = Access.AgentOfCommune,
        ["GET /api/agent/billing/regies/{regieId:guid}/exports/xlsx"] = Access.AgentOfCommune,
        ["PUT /api/admin/billing/regies/{regieId:guid}/pes"] = Access.Admin,
        ["POST /api/agent/billing/invoices/{invoiceId:guid}/credit-notes"] = Access.AgentOfCommune,
        ["POST /api/agent/billing/invoices/{invoiceId:guid}/counter-payments"] = Access.AgentOfCommune,
        ["GET /api/agent/billing/invoices/{invoiceId:guid}/pdf"] = Access.AgentOfCommune,
        ["PAGE /factures"] = Access.PageUser,
        ["PAGE /factures/{id:guid}"] = Access.PageFamily,
        ["PAGE /factures/{id:guid}/pdf"] = Access.PageFamily,
        ["PAGE /agent/facturation"] = Access.PageAgent,
        ["PAGE /agent/facturation/{id:guid}/pdf"] = Access.PageAgent,
        ["PAGE /agent/prelevements"] = Access.PageAgent,
        ["GET /api/families/{familyId:guid}/billing/quotients"] = Access.Family,
        ["POST /api/families/{familyId:guid}/billing/quotients"] = Access.Family,
        ["GET /api/agent/billing/quotients"] = Access.Agent,
        ["GET /api/agent/billing/quotients/{quotientId:guid}/certificate"] = Access.AgentOfCommune,
        ["POST /api/agent/billing/quotients/{quotientId:guid}/validation"] = Access.AgentOfCommune,
        ["POST /api/agent/billing/quotients/{quotientId:guid}/refusal"] = Access.AgentOfCommune,
        ["GET /api/agent/billing/services/{serviceId:guid}/tariff-rules"] = Access.AgentOfCommune,
        ["PUT /api/agent/billing/services/{serviceId:guid}/tariff-rules"] = Access.AgentOfCommune,
        ["PAGE /quotient-familial"] = Access.PageUser,
        ["PAGE /agent/quotients"] = Access.PageAgent,
        ["GET /api/families/{familyId:guid}/billing/absences"] = Access.Family,
        ["POST /api/families/{familyId:guid}/billing/absences"] = Access.Family,
        ["PAGE /absences"] = Access.PageUser,
        ["PAGE /commandes"] = Access.PageUser,
        ["PUT /api/admin/cantine/services/{serviceId:guid}/billing"] = Access.Admin,
    };

    /// <summary>What the routes that take a family in their body or query are sent: this family, and a service of the
    /// commune of the agent who calls (so only the family check can refuse the agent of another commune).</summary>
    private static readonly Dictionary<string, string> FamilyInputs = new(StringComparer.Ordinal)
    {
        ["POST /api/agent/wallet/credits"] =
            """{ "familyId": "{familyId}", "serviceId": "{agentServiceId}", "forServiceOnly": false, "cents": 500, "receiptNumber": "R-MATRICE", "method": "Especes" }""",
        ["PAGE /agent/porte-monnaie/crediter"] = "?famille={familyId}&service={agentServiceId}",
    };

    private readonly World world;

    public EndpointAuthorizationTests(World world) => this.world = world;

    public enum Access
    {
        Public,

        /// <summary>Public, and answers 401 itself to wrong credentials.</summary>
        Credentials,

        /// <summary>Public for payment providers; an unknown provider or payment answers 404.</summary>
        Callback,

        /// <summary>A simulated provider (demo only, never in Production): anonymous like the real one, which may refuse
        /// a caller by its own rules (a missing API key), but never sends anyone to the portal's sign-in.</summary>
        Sandbox,

        /// <summary>Anonymous (a calendar app cannot sign in): the long random token in the address is the credential, and
        /// an unknown one answers 404.</summary>
        SecretAddress,
        User,
        Family,
        FamilyMultipart,
        Agent,
        AgentOfCommune,

        /// <summary>An agent's action on a family named in the body (see <see cref="FamilyInputs"/>): only for the agents
        /// of a commune where the family has an access request; any other gets 404 and never the family's name.</summary>
        AgentOfFamily,
        Admin,
        PageUser,
        PageFamily,
        PageAgent,

        /// <summary>An agent's page on a family named in the query (see <see cref="FamilyInputs"/>).</summary>
        PageAgentOfFamily,
        PageAdmin,
    }

    public static TheoryData<string> RouteKeys() => new(Routes.Keys);

    [Fact]
    public void Every_route_has_an_authorization_case()
    {
        var actual = world.Platform.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(KeysOf)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Empty(actual.Except(Routes.Keys).Order());
        Assert.Empty(Routes.Keys.Except(actual).Order());
    }

    [Theory]
    [MemberData(nameof(RouteKeys))]
    public async Task Anonymous_gets_only_public_routes(string key)
    {
        var access = Routes[key];
        var response = await Send(world.Platform.Anonymous(), key, world.Ids);

        switch (access)
        {
            case Access.Public:
                Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.DoesNotContain("/compte/connexion?", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
                break;
            case Access.Callback:
            case Access.SecretAddress:
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                break;
            case Access.Sandbox:
                Assert.DoesNotContain("/compte/connexion", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
                break;
            case Access.Credentials:
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                Assert.Contains("Connexion refusée", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                break;
            case Access.PageUser or Access.PageFamily or Access.PageAgent or Access.PageAgentOfFamily or Access.PageAdmin:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/compte/connexion?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
                break;
            default:
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(RouteKeys))]
    public async Task Another_family_gets_nothing_of_this_family(string key)
    {
        var response = await Send(world.OtherParentApi, key, world.Ids, world.OtherParentPages);

        switch (Routes[key])
        {
            case Access.Family or Access.FamilyMultipart or Access.PageFamily:
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                break;
            case Access.Agent or Access.AgentOfCommune or Access.AgentOfFamily or Access.Admin:
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                break;
            case Access.PageAgent or Access.PageAgentOfFamily or Access.PageAdmin:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/compte/acces-refuse", response.Headers.Location!.ToString(), StringComparison.Ordinal);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(RouteKeys))]
    public async Task An_agent_of_another_commune_sees_nothing_of_this_commune(string key)
    {
        var response = await Send(world.AgentBetaApi, key, world.Ids, world.AgentBetaPages);

        switch (Routes[key])
        {
            case Access.AgentOfCommune or Access.Family or Access.FamilyMultipart or Access.PageFamily:
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                break;
            case Access.Admin:
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                break;
            case Access.PageAdmin:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/compte/acces-refuse", response.Headers.Location!.ToString(), StringComparison.Ordinal);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(RouteKeys))]
    public async Task An_agent_of_another_commune_cannot_act_on_this_family(string key)
    {
        if (Routes[key] is not (Access.AgentOfFamily or Access.PageAgentOfFamily))
        {
            return;
        }

        var before = SqliteInspector.Snapshot(world.Platform);
        var response = await Send(world.AgentBetaApi, key, world.IdsWith("agentServiceId", world.Ids["betaServiceId"]), world.AgentBetaPages);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(World.FamilyName, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, SqliteInspector.Snapshot(world.Platform));
    }

    [Theory]
    [MemberData(nameof(RouteKeys))]
    public async Task The_agent_of_the_family_commune_may_open_its_pages(string key)
    {
        if (Routes[key] is not Access.PageAgentOfFamily)
        {
            return;
        }

        var response = await Send(world.AgentAlphaApi, key, world.Ids, world.AgentAlphaPages);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(World.FamilyName, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agent_lists_only_the_requests_of_its_communes()
    {
        var alpha = await world.AgentAlphaApi.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/agent/access-requests");
        var beta = await world.AgentBetaApi.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/agent/access-requests");

        Assert.Single(alpha!);
        Assert.Empty(beta!);
    }

    private static IEnumerable<string> KeysOf(RouteEndpoint endpoint)
    {
        var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
        return methods is null || endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null
            ? [$"PAGE {pattern}"]
            : methods.Select(m => $"{m} {pattern}");
    }

    private static async Task<HttpResponseMessage> Send(HttpClient api, string key, IReadOnlyDictionary<string, string> ids, HttpClient? pages = null)
    {
        var (method, pattern) = (key[..key.IndexOf(' ')], key[(key.IndexOf(' ') + 1)..]);
        var url = Fill(pattern, ids);
        var familyInput = FamilyInputs.TryGetValue(key, out var input) ? Fill(input, ids) : null;
        if (method == "PAGE")
        {
            return await (pages ?? api).GetAsync(url + familyInput);
        }

        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT")
        {
            request.Content = Routes[key] == Access.FamilyMultipart ? new MultipartFormDataContent { { new StringContent("x"), "x" } }
                : familyInput is not null ? new StringContent(familyInput, System.Text.Encoding.UTF8, "application/json")
                : JsonContent.Create(new { });
        }

        return await api.SendAsync(request);
    }

    private static string Fill(string pattern, IReadOnlyDictionary<string, string> ids)
    {
        var url = pattern;
        foreach (var (name, value) in ids)
        {
            url = System.Text.RegularExpressions.Regex.Replace(url, $@"\{{{name}(:[a-z]+)?\??\}}", value);
        }

        if (!pattern.Contains("{id:guid}", StringComparison.Ordinal))
        {
            return url;
        }

        var pageId = pattern.StartsWith("/famille/enfants/", StringComparison.Ordinal) ? ids["childId"]
            : pattern.StartsWith("/documents/", StringComparison.Ordinal) ? ids["documentId"]
            : pattern.StartsWith("/commandes/", StringComparison.Ordinal) ? ids["orderId"]
            : ids["requestId"];
        return url.Replace("{id:guid}", pageId, StringComparison.Ordinal);
    }

    /// <summary>Family A in commune Alpha with a child, a photo, a request and its documents; family B and the agent
    /// of commune Beta try to reach them.</summary>
    public sealed class World : IAsyncLifetime
    {
        public TestPlatform Platform { get; } = new();

        public Dictionary<string, string> Ids { get; } = [];

        public HttpClient OtherParentApi { get; private set; } = null!;

        public HttpClient OtherParentPages { get; private set; } = null!;

        public HttpClient AgentAlphaApi { get; private set; } = null!;

        public const string FamilyName = "Famille Martin";

        public HttpClient AgentAlphaPages { get; private set; } = null!;

        public HttpClient AgentBetaApi { get; private set; } = null!;

        public HttpClient AgentBetaPages { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var tenancy = await TenancySetup.CreateAsync(Platform);
            var owner = await Platform.RegisterParentAsync("famille.a@example.fr");
            var child = await owner.AddChildAsync("Léa");
            using var photo = new MultipartFormDataContent { { new ByteArrayContent(TestFiles.Png()), "photo", "lea.png" } };
            Assert.Equal(HttpStatusCode.NoContent, (await owner.Client.PutAsync($"/api/families/{owner.FamilyId}/children/{child}/photo", photo)).StatusCode);
            var request = await (await owner.RequestAccessAsync(tenancy.Alpha, [child])).ReadObjectAsync();
            await Platform.RegisterParentAsync("famille.b@example.fr");

            Ids["familyId"] = owner.FamilyId.ToString();
            Ids["childId"] = child.ToString();
            Ids["requestId"] = request.Id().ToString();
            Ids["documentId"] = request["documents"]![0]!.Id().ToString();
            Ids["serviceId"] = tenancy.Alpha.Id.ToString();
            Ids["agentServiceId"] = tenancy.Alpha.Id.ToString();
            Ids["betaServiceId"] = tenancy.Beta.Id.ToString();
            Ids["token"] = "0123456789abcdef";
            Ids["commune"] = "alpha";
            Ids["moduleId"] = "cantine";
            Ids["documentName"] = "v1";
            Ids["providerId"] = "wallet";
            Ids["regieId"] = Guid.NewGuid().ToString();
            Ids["lineId"] = Guid.NewGuid().ToString();
            Ids["orderId"] = Guid.NewGuid().ToString();
            Ids["bookingId"] = Guid.NewGuid().ToString();
            Ids["activityId"] = Guid.NewGuid().ToString();
            Ids["invoiceId"] = Guid.NewGuid().ToString();
            Ids["quotientId"] = Guid.NewGuid().ToString();

            OtherParentApi = await Platform.LoginAsync("famille.b@example.fr");
            OtherParentPages = await Platform.BrowserLoginAsync("famille.b@example.fr");
            AgentAlphaApi = await Platform.LoginAsync(TenancySetup.AgentAlpha);
            AgentAlphaPages = await Platform.BrowserLoginAsync(TenancySetup.AgentAlpha);
            AgentBetaApi = await Platform.LoginAsync(TenancySetup.AgentBeta);
            AgentBetaPages = await Platform.BrowserLoginAsync(TenancySetup.AgentBeta);
        }

        public Dictionary<string, string> IdsWith(string name, string value) => new(Ids) { [name] = value };

        public Task DisposeAsync()
        {
            Platform.Dispose();
            return Task.CompletedTask;
        }
    }
}
