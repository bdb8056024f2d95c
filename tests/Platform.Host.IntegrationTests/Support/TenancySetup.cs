using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Host.Access;
using Xunit;

namespace Platform.Host.IntegrationTests.Support;

/// <summary>Two communes configured through the administrator API: Alpha and Beta, each with a cantine service
/// and its own agent.</summary>
public sealed class TenancySetup
{
    public const string AgentAlpha = "agent.alpha@test.portail-famille.fr";
    public const string AgentBeta = "agent.beta@test.portail-famille.fr";

    private TenancySetup(ServiceIds alpha, ServiceIds beta)
    {
        Alpha = alpha;
        Beta = beta;
    }

    public ServiceIds Alpha { get; }

    public ServiceIds Beta { get; }

    public static async Task<TenancySetup> CreateAsync(TestPlatform platform)
    {
        var admin = await platform.AdminAsync();
        await Ok(admin.PostAsJsonAsync("/api/admin/communes", new { slug = "alpha", name = "Alpha-sur-Veyle" }));
        await Ok(admin.PostAsJsonAsync("/api/admin/communes", new { slug = "beta", name = "Beta-en-Dombes" }));
        var regie = (await Ok(admin.PostAsJsonAsync("/api/admin/regies", new { name = "Régie scolaire" }))).Id();
        var alpha = await ServiceAsync(admin, "alpha", regie, "Cantine d'Alpha");
        var beta = await ServiceAsync(admin, "beta", regie, "Cantine de Beta");
        await Ok(admin.PostAsJsonAsync("/api/admin/agents", new { email = AgentAlpha, firstName = "Anne", lastName = "Alpha", password = TestPlatform.Password, communes = new[] { "alpha" } }));
        await Ok(admin.PostAsJsonAsync("/api/admin/agents", new { email = AgentBeta, firstName = "Bruno", lastName = "Beta", password = TestPlatform.Password, communes = new[] { "beta" } }));
        return new TenancySetup(alpha, beta);
    }

    /// <summary>Creates a service of a module in a commune, with two tariff categories and two required documents.</summary>
    public static async Task<ServiceIds> ServiceAsync(HttpClient admin, string commune, Guid regie, string name, string moduleId = "cantine")
    {
        var service = await Ok(admin.PostAsJsonAsync("/api/admin/services", new
        {
            commune,
            moduleId,
            regieId = regie,
            name,
            tariffCategories = new[] { new { name = "Service cantine" }, new { name = "Personne extérieure" } },
            requiredDocuments = new[]
            {
                new { name = "Fiche sanitaire", perChild = true, validityMonths = 12 },
                new { name = "Attestation d'assurance", perChild = false, validityMonths = 12 },
            },
        }));
        var documents = service["requiredDocuments"]!.AsArray()
            .Select(d => new RequiredDocument(d!.Id(), d!["name"]!.GetValue<string>(), d!["perChild"]!.GetValue<bool>()))
            .ToList();
        return new ServiceIds(service.Id(), service["tariffCategories"]![0]!.Id(), commune, documents);
    }

    private static async Task<JsonObject> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public sealed record RequiredDocument(Guid Id, string Name, bool PerChild);

    public sealed record ServiceIds(Guid Id, Guid TariffId, string Commune, IReadOnlyList<RequiredDocument> Documents)
    {
        /// <summary>The multipart field and file name for every document this service requires for these children.</summary>
        public IEnumerable<(string Field, string FileName)> DocumentFields(IReadOnlyList<Guid> children) =>
            Documents.SelectMany(d => d.PerChild
                ? children.Select(c => (DocumentFieldNames.For(d.Id, c), $"{d.Name}-{c:N}.pdf"))
                : [(DocumentFieldNames.For(d.Id, null), $"{d.Name}.pdf")]);
    }
}
